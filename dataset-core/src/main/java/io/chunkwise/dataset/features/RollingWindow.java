package io.chunkwise.dataset.features;

/** The last {@code n} values of a series, with their mean and population variance. */
final class RollingWindow {
    private final double[] values;
    private int count;
    private int next;

    RollingWindow(int n) {
        values = new double[n];
    }

    void push(double x) {
        values[next] = x;
        next = next + 1 == values.length ? 0 : next + 1;
        if (count < values.length) {
            count++;
        }
    }

    int count() {
        return count;
    }

    double mean() {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum / count;
    }

    /** Population variance (divides by the number of values), two-pass for accuracy. */
    double variance(double mean) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            double d = values[i] - mean;
            sum += d * d;
        }
        return sum / count;
    }
}
