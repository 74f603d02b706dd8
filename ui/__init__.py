"""The faces of Me-Cloud: the desktop app, the `mecloud` CLI and the firm's `mecloud-firm`."""
