package dateline.web.newsroom;

import dateline.web.pages.ArticleView;
import dateline.web.pages.TimeView;
import java.util.List;

/**
 * One story in the newsroom: where it stands, a preview as readers will see it, and the actions
 * its status and the viewer's role allow. {@code embargoLocal} fills the embargo form, in {@code zone}.
 */
public record StoryDeskView(DeskMeta meta, String id, String status, int version, String headline, String standfirst,
                            String byline, String slugline, Integer urgency, String section,
                            List<ArticleView.BlockView> blocks, TimeView updated, TimeView embargoUntil,
                            String embargoLocal, String zone, String publicUrl, String actionError,
                            boolean canEdit, boolean canPublish, boolean canEmbargo, boolean canCorrect,
                            boolean canWithdraw) {

    public String base() { return "/newsroom/stories/" + id; }
}
