package io.chunkwise.reports.plan;

import java.util.List;

/** The Pareto front of points where every coordinate is a cost (lower is better). */
public final class ParetoFront {
    private ParetoFront() {
    }

    /**
     * @param points each point's costs, e.g. {seconds per GiB, peak bytes}
     * @return for each point, whether no other point is at least as good in every cost and
     *     strictly better in one
     */
    public static boolean[] of(List<double[]> points) {
        boolean[] front = new boolean[points.size()];
        for (int i = 0; i < points.size(); i++) {
            front[i] = true;
            for (int j = 0; j < points.size() && front[i]; j++) {
                if (i != j && dominates(points.get(j), points.get(i))) {
                    front[i] = false;
                }
            }
        }
        return front;
    }

    static boolean dominates(double[] a, double[] b) {
        boolean strictly = false;
        for (int k = 0; k < a.length; k++) {
            if (a[k] > b[k]) {
                return false;
            }
            strictly |= a[k] < b[k];
        }
        return strictly;
    }
}
