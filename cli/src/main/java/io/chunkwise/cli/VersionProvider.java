package io.chunkwise.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the build's version and the JVM running it. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ChunkwiseCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "chunkwise " + (version == null ? "(development build)" : version),
            "JVM: " + System.getProperty("java.vm.name") + " " + Runtime.version()
        };
    }
}
