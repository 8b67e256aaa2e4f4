/**
 * Picocli, compiled from its published sources for Java 25: the module descriptor of its released
 * jar ({@code META-INF/versions/9/module-info.class} of picocli 4.7.7), copied beside the sources.
 */
module info.picocli {
    requires static java.sql;
    exports picocli;
}
