package org.dearmp.core;

/** Facts about this build of the app. */
public final class AppInfo {
    private AppInfo() {
    }

    public static String version() {
        String v = AppInfo.class.getPackage().getImplementationVersion();
        return v == null ? org.dearmp.i18n.Messages.get("app.version.development") : v;
    }
}
