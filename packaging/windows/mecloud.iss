; Inno Setup 6 script: the Windows installer of Me-Cloud, from the PyInstaller folder dist\mecloud.
; Built by packaging\windows\build_windows.ps1, which passes the version:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\mecloud.iss   ->  dist\Me-Cloud-0.1.0-setup.exe
; Installs per user by default (no administrator needed), for all users when run elevated.
; "Remember on this device" uses the Windows Credential Manager (keyring's Windows backend).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Me-Cloud"
#define AppExe "Me-Cloud.exe"
#define Root "..\.."

[Setup]
; The AppId identifies the app to Windows' uninstaller across versions: never change it.
AppId={{AE596A08-83DF-4BEF-A3F7-DBDEDD4CBDD3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Me-Cloud authors
AppPublisherURL=https://github.com/mecloud/mecloud
AppSupportURL=https://github.com/mecloud/mecloud/issues
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=Me-Cloud-{#AppVersion}-setup
SetupIconFile={#Root}\packaging\linux\icons\org.mecloud.MeCloud.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.AddToPath=Let the command line find &mecloud (add it to PATH)
german.AddToPath=&mecloud in der Eingabeaufforderung verfügbar machen (zu PATH hinzufügen)
english.CommandLine=Command line:
german.CommandLine=Befehlszeile:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\mecloud\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "org.mecloud.MeCloud"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Per-user install: the user's PATH; all-users install: the system PATH.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
  Tasks: addtopath; Check: not IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; \
  ValueName: "Path"; ValueData: "{olddata};{app}"; \
  Tasks: addtopath; Check: IsAdminInstallMode and NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
  RootKey: Integer;
  SubKey: string;
begin
  if IsAdminInstallMode then begin
    RootKey := HKEY_LOCAL_MACHINE;
    SubKey := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';
  end else begin
    RootKey := HKEY_CURRENT_USER;
    SubKey := 'Environment';
  end;
  if not RegQueryStringValue(RootKey, SubKey, 'Path', Paths) then begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;
