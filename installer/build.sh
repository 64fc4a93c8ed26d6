#!/usr/bin/env bash
# Builds a self-contained DialogCoder (its own trimmed Java runtime with JavaFX linked in) with jpackage.
#   installer/build.sh                 Linux app-image  -> target/installer/DialogCoder/bin/DialogCoder
#   installer/build.sh deb             Linux .deb       -> target/installer/dialogcoder_<version>-1_amd64.deb
#   installer/build.sh dmg | pkg       macOS (run on a Mac)
# Windows: installer/build-windows.ps1 (per-user .msi, no admin rights).
# Needs only a JDK 17+ (jpackage and jlink are part of it); nothing is downloaded at install or run time.
set -euo pipefail
TYPE=${1:-app-image}
cd "$(dirname "$0")/.."
ROOT=$(pwd)
if [[ ! -f target/dialogcoder.jar || ! -d target/lib ]]; then
  ./mvnw -B -q package -DskipTests
fi
VERSION=$(grep -m1 -A0 '<version>' pom.xml | sed 's:.*<version>\(.*\)</version>.*:\1:')
OUT=target/installer
rm -rf "$OUT"
mkdir -p "$OUT/input/lib" "$OUT/fx"
cp target/dialogcoder.jar "$OUT/input/"
for jar in target/lib/*.jar; do
  name=$(basename "$jar")
  case "$name" in
    javafx-*-linux.jar|javafx-*-mac.jar|javafx-*-mac-aarch64.jar|javafx-*-win.jar) cp "$jar" "$OUT/fx/" ;;
    javafx-*) ;;                                  # platform-neutral stubs: the platform jars above are the modules
    *) cp "$jar" "$OUT/input/lib/" ;;             # everything else stays on the class path, as in target/
  esac
done
# Modules the application uses: JavaFX, JDBC (SQLite), XML (POI, REFI-QDA), zip file systems (bundled samples),
# desktop (PDFBox imaging, JavaFX-AWT bridges), logging, naming/scripting (POI), crypto, management (SQLite JDBC).
MODULES=javafx.controls,java.sql,java.logging,java.naming,java.scripting,java.xml,java.desktop,java.management,\
jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.charsets,jdk.localedata
COMMON=(--name DialogCoder --app-version "$VERSION" --vendor "DialogCoder"
  --description "Qualitative coding of the county dialogues (länsdialoger)"
  --input "$OUT/input" --main-jar dialogcoder.jar --main-class se.dialogcoder.Main
  --module-path "$OUT/fx" --add-modules "$MODULES"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=sv,en"
  --java-options "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED"
  --java-options "-Dfile.encoding=UTF-8"
  --java-options "-Xmx768m"                       # bounded heap: see docs/performance.md, "Memory"
  --dest "$OUT")
case "$TYPE" in
  app-image)
    jpackage --type app-image --icon installer/icon/dialogcoder.png "${COMMON[@]}" ;;
  deb)
    jpackage --type deb --icon installer/icon/dialogcoder.png "${COMMON[@]}" \
      --linux-package-name dialogcoder --linux-app-release 1 --linux-shortcut --linux-menu-group "Office;Education" \
      --linux-app-category education --linux-package-deps libgtk-3-0 \
      --file-associations installer/dcproj-association.properties ;;
  dmg|pkg)
    jpackage --type "$TYPE" --icon installer/icon/dialogcoder.icns "${COMMON[@]}" \
      --mac-package-identifier se.dialogcoder --file-associations installer/dcproj-association.properties ;;
  *) echo "usage: installer/build.sh [app-image|deb|dmg|pkg]" >&2; exit 2 ;;
esac
echo "Built $TYPE in $ROOT/$OUT"
