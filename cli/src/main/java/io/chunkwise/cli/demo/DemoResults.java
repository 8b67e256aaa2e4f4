package io.chunkwise.cli.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.chunkwise.cli.demo.ChildCommand.Outcome;
import java.util.ArrayList;
import java.util.List;

/** What each demo step produced, gathered for the report. */
final class DemoResults {
    final List<Outcome> generated = new ArrayList<>();
    final List<Outcome> indexes = new ArrayList<>();
    final List<Outcome> lookups = new ArrayList<>();
    final List<Outcome> datasets = new ArrayList<>();
    Outcome reconcile;
    JsonNode planted;
    Outcome datasetCache;
    double seconds;

    /** @return every profiled step, in the order they ran */
    List<Outcome> profiled() {
        List<Outcome> all = new ArrayList<>(indexes);
        all.add(reconcile);
        all.addAll(datasets);
        return all.stream().filter(o -> o.profile() != null).toList();
    }
}
