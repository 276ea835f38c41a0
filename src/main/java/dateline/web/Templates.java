package dateline.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

/** The precompiled jte templates (src/main/jte), HTML-escaped by default. */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code name} (e.g. "article.jte") with its one parameter, to UTF-8 bytes. */
    public byte[] render(String name, Object view) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(name, view, output);
        return output.toByteArray();
    }
}
