package dateline.cli;

import dateline.App;
import dateline.ingest.CopyFiles;
import dateline.ingest.FileImport;
import dateline.ingest.ImportReport;
import dateline.story.Sections;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline import FILE|DIR...}: raw wire copy in, published stories out. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import raw wire copy (text files) as published stories.",
            "A story is known by --id, or by its file's path relative to the folder given (its file name when the file is given).",
            "Importing it again with the same text changes nothing; another text under a known name needs --update."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Copy files, or folders of *.txt files.")
    List<Path> paths;

    @Option(names = "--id", paramLabel = "ID", description = "File under this story id (one file only); updates that story if it exists.")
    String id;

    @Option(names = "--section", paramLabel = "NAME", description = "Section of the imported stories, e.g. world (default: what a known story has).")
    String section;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Filing date, to resolve datelines (default: what a known story has, else each file's date).")
    LocalDate date;

    @Option(names = "--update", description = "Let another text under a known name be that story's next version.")
    boolean update;

    @Override
    public Integer call() throws IOException {
        CopyFiles.Listing listing = CopyFiles.list(paths);
        if (!listing.problems().isEmpty()) throw new UsageProblem(String.join("; ", listing.problems()));
        if (id != null && listing.files().size() != 1) throw new UsageProblem("--id names one story: give exactly one file");
        Sections.parse(section);
        PrintWriter err = spec.commandLine().getErr();
        try (App app = App.build(store.settings(null, null, null));
             AutoCloseable lock = app.tryLockImports().orElseThrow(() -> new IllegalStateException(
                     "another import is writing to this store (" + app.settings().safeJdbcUrl()
                     + "): wait for it to finish, then run this one again; nothing was imported"))) {
            ImportReport report = new ImportReport();
            listing.skipped().forEach(s -> report.skipped(s.path().toString(), s.reason()));
            FileImport fileImport = new FileImport(app.importer(), app.stories(), app.settings().zone());
            ProgressBar bar = new ProgressBar(err, listing.files().size());
            try {
                fileImport.run(listing.files(), new FileImport.Options(id, section, date, update), report, bar::show);
            } finally {
                // Also when the store fails part way: what was stored before stays, and is said.
                bar.finish();
                report.skips().forEach(s -> err.println("skipped " + s));
                report.rejections().forEach(r -> err.println("rejected " + r));
                report.notes().forEach(n -> spec.commandLine().getOut().println(n));
                spec.commandLine().getOut().println(report.summary());
                spec.commandLine().getOut().flush();
                err.flush();
            }
            return report.rejections().isEmpty() && !listing.files().isEmpty() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("import: " + e.getMessage(), e);
        }
    }
}
