<#
.SYNOPSIS
Registers smallprint's native messaging host with the browsers on Windows.

.DESCRIPTION
Copies smallprint-host.exe, its rules and one manifest per browser family
into %LOCALAPPDATA%\smallprint (or %ProgramFiles%\smallprint with -System),
then writes, for each browser, the registry key whose default value is the
path of that manifest: HKCU, or HKLM with -System. -Uninstall removes exactly
what the receipt (install-receipt.txt in that folder) lists.

UNTESTED ON A REAL WINDOWS MACHINE. The project's machines run Debian, which
has no PowerShell; tests/installers/test_install_ps1.py checks the tables
below and the two functions that turn them into registry keys and paths.

Windows builds of smallprint-host are not made by this tree's Makefile yet;
pass -HostExe with the path of one.

.EXAMPLE
powershell -ExecutionPolicy Bypass -File installers\install.ps1 -HostExe C:\build\smallprint-host.exe
.EXAMPLE
powershell -ExecutionPolicy Bypass -File installers\install.ps1 -Uninstall
#>
[CmdletBinding()]
param(
    [switch]$System,          # HKLM and %ProgramFiles% (run as administrator)
    [switch]$Uninstall,       # undo what the receipt lists
    [string[]]$Browser,       # only these ids (see the table); found or not
    [switch]$All,             # every browser in the table, found or not
    [string]$HostExe,         # the smallprint-host.exe to install
    [string[]]$ExtensionId,   # also allow chrome-extension://ID/ (a store id)
    [string[]]$GeckoId,       # also allow this Firefox add-on id
    [switch]$DryRun           # say what would be done
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2

# ---------------------------------------------------------------------------
# The tables. Tab-separated, the first line names the columns. The browser
# ids are those of manifests/browsers.tsv (the Linux and macOS table).
# ---------------------------------------------------------------------------

# Where files go, and which registry hive, per scope.
$LayoutTable = @'
scope	hive	dir
user	HKCU	%LOCALAPPDATA%\smallprint
system	HKLM	%ProgramFiles%\smallprint
'@

# Where each family's manifest goes inside that folder ({host} = host name).
$ManifestTable = @'
family	file
chromium	manifests\chromium\{host}.json
firefox	manifests\firefox\{host}.json
'@

# The key each browser reads (under the hive), and the key whose presence
# says the browser has been used here.
$BrowserTable = @'
id	family	key	detect	title
chrome	chromium	Software\Google\Chrome\NativeMessagingHosts	Software\Google\Chrome	Google Chrome
chromium	chromium	Software\Chromium\NativeMessagingHosts	Software\Chromium	Chromium
edge	chromium	Software\Microsoft\Edge\NativeMessagingHosts	Software\Microsoft\Edge	Microsoft Edge
brave	chromium	Software\BraveSoftware\Brave-Browser\NativeMessagingHosts	Software\BraveSoftware\Brave-Browser	Brave
vivaldi	chromium	Software\Vivaldi\NativeMessagingHosts	Software\Vivaldi	Vivaldi
firefox	firefox	Software\Mozilla\NativeMessagingHosts	Software\Mozilla	Firefox
librewolf	firefox	Software\LibreWolf\NativeMessagingHosts	Software\LibreWolf	LibreWolf
'@

function ConvertFrom-Table([string]$Text) {
    $Text -split "`r?`n" | Where-Object { $_ -ne '' } | ConvertFrom-Csv -Delimiter "`t"
}

# The registry key a browser reads for this host.
function Get-RegistryKey($Hive, $Row, $HostName) { "${Hive}:\$($Row.key)\$HostName" }

# The manifest file of a browser family inside the install folder.
function Get-ManifestPath($Dir, $Family, $HostName) {
    $file = ($ManifestRows | Where-Object { $_.family -eq $Family }).file
    Join-Path $Dir ($file -replace '\{host\}', $HostName)
}

# ---------------------------------------------------------------------------
# Names (manifests\identity, the one place they are written down)
# ---------------------------------------------------------------------------

$Here = Split-Path -Parent $MyInvocation.MyCommand.Path
$Tree = Split-Path -Parent $Here
$Identity = @{}
foreach ($line in Get-Content (Join-Path $Tree 'manifests\identity')) {
    if ($line -match '^([a-z_]+)=(.*)$') { $Identity[$Matches[1]] = $Matches[2] }
}
foreach ($k in 'host_name', 'chromium_id', 'gecko_id', 'description') {
    if (-not $Identity.ContainsKey($k)) { throw "manifests\identity has no $k" }
}
$HostName = $Identity['host_name']

$ManifestRows = ConvertFrom-Table $ManifestTable
$BrowserRows = ConvertFrom-Table $BrowserTable
$Scope = if ($System) { 'system' } else { 'user' }
$Layout = ConvertFrom-Table $LayoutTable | Where-Object { $_.scope -eq $Scope }
$Hive = $Layout.hive
$Dir = [Environment]::ExpandEnvironmentVariables($Layout.dir)
$Receipt = Join-Path $Dir 'install-receipt.txt'

function Say($Text) { Write-Host $Text }

# ---------------------------------------------------------------------------
# Uninstall: exactly what the receipt lists
# ---------------------------------------------------------------------------

if ($Uninstall) {
    if (-not (Test-Path $Receipt)) { Say "No receipt at ${Receipt}: nothing to remove."; exit 0 }
    $entries = Get-Content $Receipt | Where-Object { $_ -notmatch '^#' -and $_ -ne '' } |
        ForEach-Object { $kind, $path = $_ -split "`t", 2; [pscustomobject]@{ kind = $kind; path = $path } }
    foreach ($e in $entries | Where-Object { $_.kind -eq 'key' }) {
        if (Test-Path $e.path) {
            if (-not $DryRun) { Remove-Item -Path $e.path -Force }
            Say "  removed key  $($e.path)"
        }
    }
    foreach ($e in $entries | Where-Object { $_.kind -eq 'file' }) {
        if (Test-Path $e.path) {
            if (-not $DryRun) { Remove-Item -Path $e.path -Force }
            Say "  removed      $($e.path)"
        }
    }
    if (-not $DryRun) { Remove-Item -Path $Receipt -Force }
    # folders, deepest first, only when empty
    $dirs = $entries | Where-Object { $_.kind -eq 'dir' } | Sort-Object { $_.path.Length } -Descending
    foreach ($e in $dirs) {
        if ((Test-Path $e.path) -and -not (Get-ChildItem -Force $e.path)) {
            if (-not $DryRun) { Remove-Item -Path $e.path -Force }
            Say "  removed      $($e.path)\"
        }
    }
    exit 0
}

# ---------------------------------------------------------------------------
# Install
# ---------------------------------------------------------------------------

if (-not $HostExe) { $HostExe = Join-Path $Tree 'build\smallprint-host.exe' }
if (-not (Test-Path $HostExe -PathType Leaf)) {
    throw "no host at ${HostExe}: build smallprint-host.exe for Windows and pass -HostExe PATH"
}
foreach ($id in @($ExtensionId | Where-Object { $_ })) {
    if ($id -cnotmatch '^[a-p]{32}$') { throw "-ExtensionId: 32 letters a-p, got '$id'" }
}
foreach ($id in @($GeckoId | Where-Object { $_ })) {
    if ($id -notmatch '^(\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}|[a-z0-9._-]*@[a-z0-9._-]+)$') {
        throw "-GeckoId: expected name@example.org or {uuid}, got '$id'"
    }
}
foreach ($b in @($Browser | Where-Object { $_ })) {
    if (-not ($BrowserRows | Where-Object { $_.id -eq $b })) {
        throw "unknown browser '$b'; known: $(($BrowserRows | ForEach-Object { $_.id }) -join ' ')"
    }
}

$Written = New-Object System.Collections.Generic.List[string]
function Note-Entry($Kind, $Path) { $Written.Add("$Kind`t$Path") }

function Ensure-Dir($Path) {
    if (Test-Path $Path) { return }
    Ensure-Dir (Split-Path -Parent $Path)
    if (-not $DryRun) { New-Item -ItemType Directory -Path $Path | Out-Null }
    Note-Entry 'dir' $Path
}

function Put-File($Source, $Dest) {
    Ensure-Dir (Split-Path -Parent $Dest)
    if (-not $DryRun) { Copy-Item -Path $Source -Destination $Dest -Force }
    Note-Entry 'file' $Dest
    Say "  wrote        $Dest"
}

# UTF-8 without a byte-order mark: Firefox's JSON reader rejects one.
function Put-Text($Dest, $Text) {
    Ensure-Dir (Split-Path -Parent $Dest)
    if (-not $DryRun) { [IO.File]::WriteAllText($Dest, $Text, (New-Object Text.UTF8Encoding $false)) }
    Note-Entry 'file' $Dest
    Say "  wrote        $Dest"
}

Say "Installing smallprint into $Dir"
$ExePath = Join-Path $Dir 'smallprint-host.exe'
Put-File $HostExe $ExePath
# the packs the build signed, with their signatures, and the build's dev key
# that signed them (docs/RULES.md, "Signed packs")
foreach ($f in Get-ChildItem -File (Join-Path $Tree 'build\rules') -Include '*.json', '*.json.sig') {
    Put-File $f.FullName (Join-Path $Dir "rules\$($f.Name)")
}
$keys = Join-Path $Tree 'build\trusted-keys'
if (Test-Path $keys) { Put-File $keys (Join-Path $Dir 'trusted-keys') }

$origins = @("chrome-extension://$($Identity['chromium_id'])/") +
    @($ExtensionId | Where-Object { $_ } | ForEach-Object { "chrome-extension://$_/" })
$geckos = @($Identity['gecko_id']) + @($GeckoId | Where-Object { $_ })
foreach ($family in 'chromium', 'firefox') {
    $m = [ordered]@{
        name        = $HostName
        description = $Identity['description']
        path        = $ExePath
        type        = 'stdio'
    }
    if ($family -eq 'chromium') { $m['allowed_origins'] = [string[]]$origins }
    else { $m['allowed_extensions'] = [string[]]$geckos }
    Put-Text (Get-ManifestPath $Dir $family $HostName) ($m | ConvertTo-Json -Depth 3)
}

Say "Registering $HostName ($Hive)"
$registered = @()
foreach ($row in $BrowserRows) {
    if ($Browser) { if ($Browser -notcontains $row.id) { continue } }
    elseif (-not $All) {
        if (-not ((Test-Path "HKCU:\$($row.detect)") -or (Test-Path "HKLM:\$($row.detect)"))) { continue }
    }
    $key = Get-RegistryKey $Hive $row $HostName
    $manifest = Get-ManifestPath $Dir $row.family $HostName
    if (-not $DryRun) { New-Item -Path $key -Value $manifest -Force | Out-Null }
    Note-Entry 'key' $key
    Say "  wrote key    $key = $manifest   ($($row.title))"
    $registered += $row.title
}

if (-not $DryRun) {
    $old = @()
    if (Test-Path $Receipt) { $old = @(Get-Content $Receipt | Where-Object { $_ -notmatch '^#' -and $_ -ne '' }) }
    $lines = @('# smallprint install receipt: what installers\install.ps1 wrote; -Uninstall removes it') +
        @($old + $Written | Select-Object -Unique)
    [IO.File]::WriteAllLines($Receipt, [string[]]$lines, (New-Object Text.UTF8Encoding $false))
}
if ($registered.Count -eq 0) {
    Say "No browser found in the registry; nothing registered. Name one with -Browser ID, or use -All."
} else {
    Say "Registered for: $($registered -join ', '). Receipt: $Receipt"
}
