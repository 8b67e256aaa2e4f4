package io.chunkwise.reports.chart;

/** The file formats a chart is written in. */
public enum ChartFormat {
    /** A bitmap, for Markdown and quick viewing. */
    PNG("png"),
    /** A vector image, for the HTML page and print. */
    SVG("svg");

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    /** @return the file extension, without the dot */
    public String extension() {
        return extension;
    }

    /**
     * @param baseName a file name without extension
     * @return the name with this format's extension
     */
    public String fileName(String baseName) {
        return baseName + "." + extension;
    }
}
