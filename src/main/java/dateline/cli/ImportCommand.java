package dateline.cli;

import dateline.App;
import dateline.ingest.FileImport;
import dateline.ingest.ImportReport;
import dateline.story.Sections;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dateline import FILE|DIR...}: raw wire copy in, published stories out. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import raw wire copy (text files) as published stories. Importing a file of the same name again adds a revision.")
public final class ImportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Copy files, or directories of *.txt files.")
    List<Path> paths;

    @Option(names = "--id", paramLabel = "ID", description = "File under this story id (one file only).")
    String id;

    @Option(names = "--section", paramLabel = "NAME", description = "Section of the imported stories, e.g. world.")
    String section;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Filing date, to resolve datelines (default: each file's date).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        List<Path> files = files();
        if (id != null && files.size() != 1) throw new UsageProblem("--id names one story: give exactly one file");
        Sections.parse(section);
        PrintWriter err = spec.commandLine().getErr();
        try (App app = App.build(store.settings(null, null, null))) {
            FileImport fileImport = new FileImport(app.importer(), app.stories(), app.settings().zone());
            ProgressBar bar = new ProgressBar(err, files.size());
            ImportReport report = new ImportReport();
            try {
                fileImport.run(files, new FileImport.Options(id, section, date), report, bar::show);
            } finally {
                // Also when the store fails part way: what was stored before stays, and is said.
                bar.finish();
                report.rejections().forEach(r -> err.println("rejected " + r));
                spec.commandLine().getOut().println(report.summary());
                spec.commandLine().getOut().flush();
                err.flush();
            }
            return report.rejections().isEmpty() ? 0 : 1;
        }
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UsageProblem(path + ": no such file or directory");
            }
        }
        return files;
    }
}
