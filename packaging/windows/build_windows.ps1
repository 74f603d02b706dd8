# Build the Windows installer of Me-Cloud: PyInstaller folder, then an Inno Setup installer.
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build_windows.ps1
# Needs: 64-bit Python 3.11 (the py launcher), Inno Setup 6 (ISCC.exe on PATH or in its default folder).
# Output: dist\mecloud\ (mecloud.exe, mecloud-firm.exe, Me-Cloud.exe) and dist\Me-Cloud-<version>-setup.exe.
# Written for Windows 10/11 x64; not run in this project's CI (see packaging\README.md).
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path "$PSScriptRoot\..\..").Path
Set-Location $Root
$Venv = Join-Path $Root ".venv-windows"
$Python = Join-Path $Venv "Scripts\python.exe"

if (-not (Test-Path $Python)) {
    py -3.11 -m venv $Venv
    if ($LASTEXITCODE -ne 0) { throw "could not create the venv (is 64-bit Python 3.11 installed?)" }
}
& $Python -m pip install --quiet --upgrade pip
# keyring pulls in pywin32-ctypes on Windows: the Credential Manager backend "remember on this device" uses.
& $Python -m pip install --quiet -e . "pyinstaller>=6.22,<7"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& $Python -m ui.desktop.translations_build
if ($LASTEXITCODE -ne 0) { throw "translations failed" }

& $Python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller `
    packaging\pyinstaller\mecloud.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# A smoke test of the frozen programs before packaging them.
$Version = (& "dist\mecloud\mecloud.exe" --version).Split(" ")[1]
& "dist\mecloud\mecloud-firm.exe" --help | Out-Null
if ($LASTEXITCODE -ne 0) { throw "mecloud-firm.exe does not start" }

$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $Iscc)) { throw "Inno Setup 6 (ISCC.exe) not found" }
& $Iscc "/DAppVersion=$Version" packaging\windows\mecloud.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

$Size = [math]::Round((Get-Item "dist\Me-Cloud-$Version-setup.exe").Length / 1MB, 1)
Write-Host "dist\Me-Cloud-$Version-setup.exe ($Size MB)"
# Signing (recommended, or SmartScreen warns): signtool sign /fd SHA256 /tr <timestamp URL> /td SHA256 `
#   /f <certificate> dist\mecloud\*.exe before ISCC, and the setup .exe after it.
