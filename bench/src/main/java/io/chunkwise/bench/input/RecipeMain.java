package io.chunkwise.bench.input;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The child JVM's entry point: {@code RecipeMain RECIPE_CLASS TARGET [ARG…]} writes {@code TARGET}
 * with the named {@link InputRecipe}. Exits 0 when written, 1 (after its reason on stderr) when not,
 * and at once when the JVM that started it ends: a benchmark fork stopped mid-generation leaves no
 * generator running.
 */
public final class RecipeMain {
    private RecipeMain() {
    }

    /**
     * Runs one recipe.
     *
     * @param args the recipe's class name, the target path, then the recipe's arguments
     */
    public static void main(String[] args) {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
        if (args.length < 2) {
            System.err.println("usage: RecipeMain RECIPE_CLASS TARGET [ARG...]");
            System.exit(1);
        }
        try {
            InputRecipe recipe = (InputRecipe) Class.forName(args[0]).getDeclaredConstructor().newInstance();
            recipe.write(Path.of(args[1]), List.of(Arrays.copyOfRange(args, 2, args.length)));
        } catch (Exception | LinkageError e) {
            // the parent shows these lines (prefixed) and fails the benchmark's setup with the last ones
            e.printStackTrace();
            System.err.println("recipe " + args[0] + " failed: " + e);
            System.exit(1);
        }
        System.exit(0);
    }
}
