# Builds a per-user Windows installer (.msi): no admin rights needed, Start-menu entry, file association for
# .dcproj. Run in PowerShell on Windows with a JDK 17+ on PATH and the WiX Toolset 3 (candle.exe/light.exe)
# installed, from the repository root:   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path target\dialogcoder.jar)) { .\mvnw.cmd -B -q package -DskipTests }
$version = ([xml](Get-Content pom.xml)).project.version
$out = "target\installer"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\input\lib", "$out\fx" | Out-Null
Copy-Item target\dialogcoder.jar "$out\input\"
Get-ChildItem target\lib\*.jar | ForEach-Object {
  if ($_.Name -like "javafx-*-win.jar") { Copy-Item $_.FullName "$out\fx\" }
  elseif ($_.Name -notlike "javafx-*") { Copy-Item $_.FullName "$out\input\lib\" }
}
$modules = "javafx.controls,java.sql,java.logging,java.naming,java.scripting,java.xml,java.desktop," +
           "java.management,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.charsets,jdk.localedata"
jpackage --type msi --name DialogCoder --app-version $version --vendor DialogCoder `
  --input "$out\input" --main-jar dialogcoder.jar --main-class se.dialogcoder.Main `
  --module-path "$out\fx" --add-modules $modules `
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=sv,en" `
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED" `
  --java-options "-Dfile.encoding=UTF-8" `
  --java-options "-Xmx768m" `
  --icon installer\icon\dialogcoder.ico `
  --win-per-user-install --win-menu --win-menu-group DialogCoder --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid 6c1d0f5e-2f4b-4c1e-9d7a-3b1f1f0a2d11 `
  --file-associations installer\dcproj-association.properties `
  --dest $out
Write-Host "Built $out\DialogCoder-$version.msi"
