package dateline.cli;

import dateline.App;
import dateline.search.Reindex;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dateline reindex}: rebuilds the search index from the store. A server running on the
 * same data directory keeps answering from its old index meanwhile, then swaps to the new one.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the store; a running server keeps serving from the old index, then swaps.")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (App app = App.build(store.settings(null, null, null))) {
            long head = app.stories().headSeq();
            long started = System.nanoTime();
            ProgressBar bar = new ProgressBar(err, (int) Math.min(head, Integer.MAX_VALUE), "changes");
            Reindex.Result result;
            try {
                result = app.reindex().run(seq -> bar.show((int) Math.min(seq, head)));
            } finally {
                bar.finish();
                err.flush();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            spec.commandLine().getOut().printf("reindexed %d published stories up to change %d in %.1f s%n",
                    result.stories(), result.seq(), seconds);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
