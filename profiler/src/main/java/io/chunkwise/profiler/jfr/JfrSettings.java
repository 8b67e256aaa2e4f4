package io.chunkwise.profiler.jfr;

/** The JDK's JFR settings files. */
public enum JfrSettings {
    /** Low overhead (about 1%), fit to leave on: {@code default.jfc}. */
    DEFAULT("default"),
    /** More detail (allocation samples, more stacks), about 2% overhead: {@code profile.jfc}. */
    PROFILE("profile");

    private final String configurationName;

    JfrSettings(String configurationName) {
        this.configurationName = configurationName;
    }

    /** @return the name the JDK knows it by */
    public String configurationName() {
        return configurationName;
    }
}
