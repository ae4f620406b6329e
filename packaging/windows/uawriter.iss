; Inno Setup 6 script: a per-user Windows installer around the PyInstaller bundle.
;
;   .venv\Scripts\pyinstaller packaging\uawriter.spec --noconfirm --distpath dist --workpath build\pyinstaller
;   iscc /DAppVersion=0.1.0 packaging\windows\uawriter.iss
;
; gives dist\UAWriter-0.1.0-setup.exe. No administrator rights are needed to install: the app
; goes to %LOCALAPPDATA%\Programs\UA Writer, the Start menu entry and the optional .uapack
; association to the current user (HKCU). See packaging/README.md. Paths are relative to
; this file.

#ifndef AppVersion
  ; keep in step with src/uawriter/__init__.py, or pass /DAppVersion=... (packaging/README.md)
  #define AppVersion "0.1.0"
#endif
#define AppName "UA Writer"
#define AppExe "UAWriter.exe"
#define Bundle "..\..\dist\UAWriter"
#define ProgId "UAWriter.uapack"

[Setup]
; The AppId identifies the app to Windows' "Installed apps" and to upgrades: never change it.
AppId={{F2BAF16B-CE4F-4D96-B7D9-7F850E30288E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=UA Writer contributors
AppCopyright=UA Writer contributors, GPL-3.0-or-later
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; Per user, without administrator rights.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
LicenseFile=..\..\LICENSE
SetupIconFile=..\..\resources\icons\org.uawriter.UAWriter.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=UAWriter-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The bundle is 64-bit (it is built by a 64-bit Python); Windows 10 or later, as Qt 6 needs.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
; Closes a running UA Writer before files are replaced (its draft is saved every second).
CloseApplications=yes

[Languages]
; Inno Setup's own translations for the wizard. Kazakh and Arabic have no official
; translation in Inno Setup 6; add unofficial .isl files here if wanted (packaging/README.md).
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
en.AssociateUapack=Open .uapack action packs with UA Writer
ru.AssociateUapack=Открывать пакеты акций .uapack в UA Writer
es.AssociateUapack=Abrir los paquetes de acciones .uapack con UA Writer
fr.AssociateUapack=Ouvrir les paquets d'actions .uapack avec UA Writer
de.AssociateUapack=.uapack-Aktionspakete mit UA Writer öffnen
en.UapackType=UA Writer action pack
ru.UapackType=Пакет акции UA Writer
es.UapackType=Paquete de acción de UA Writer
fr.UapackType=Paquet d'action UA Writer
de.UapackType=UA-Writer-Aktionspaket

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
; Unchecked for now: UA Writer does not read .uapack files yet (docs/pack-format.md), so a
; double-clicked pack would only open the window. Make it checked when it does.
Name: "associate"; Description: "{cm:AssociateUapack}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: files an older version had must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; UAWriter.exe (the window), uawriter-cli.exe (the command line) and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; The .uapack file type, for this user only (HKCU\Software\Classes), removed on uninstall.
Root: HKCU; Subkey: "Software\Classes\.uapack"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.uapack"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-uapack"; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\.uapack\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:UapackType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".uapack"; ValueData: ""; Flags: uninsdeletekey; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The volunteer's letters, drafts and settings (%LOCALAPPDATA%\uawriter) are not the app's
; files and are kept on uninstall.
