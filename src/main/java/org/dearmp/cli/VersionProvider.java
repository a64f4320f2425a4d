package org.dearmp.cli;

import picocli.CommandLine;

final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Dear MP " + org.dearmp.core.AppInfo.version()};
    }
}
