package io.chunkwise.dataset.arrow;

import static org.assertj.core.api.Assertions.assertThat;

import io.chunkwise.loader.io.MappedFile;
import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The module graph a user's {@code requires io.chunkwise.dataset} resolves, with the jars the build
 * ships beside it on the module path: it must hold Arrow's allocator, or building a cache and the
 * buffered reader fail with "No DefaultAllocationManager found" (nothing requires
 * {@code org.apache.arrow.memory.unsafe}, a runtime dependency that Arrow looks up by name). Tests
 * run on the class path, where every jar is read; this resolves the graph as {@code java -p} does.
 */
class ModulePathTest {
    private static final List<String> JARS = List.of("arrow-", "flatbuffers-", "jackson-", "commons-codec-", "slf4j-api-");

    private static Path codeOf(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void requiringTheDatasetModuleResolvesArrowsAllocator() throws Exception {
        List<Path> modulePath = new ArrayList<>(List.of(codeOf(CacheTable.class), codeOf(MappedFile.class)));
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Path::of)
                .filter(p -> JARS.stream().anyMatch(p.getFileName().toString()::startsWith))
                .forEach(modulePath::add);
        Configuration graph = ModuleLayer.boot().configuration()
                .resolve(ModuleFinder.of(modulePath.toArray(Path[]::new)), ModuleFinder.of(), Set.of("io.chunkwise.dataset"));
        assertThat(graph.modules()).extracting(ResolvedModule::name)
                .contains("io.chunkwise.dataset", "org.apache.arrow.memory.core", "org.apache.arrow.memory.unsafe");
    }
}
