package se.dialogcoder.app;

/** The application's version, from the jar manifest ("dev" when run from classes). */
public final class AppVersion {
    private AppVersion() {
    }

    public static String current() {
        String v = AppVersion.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
