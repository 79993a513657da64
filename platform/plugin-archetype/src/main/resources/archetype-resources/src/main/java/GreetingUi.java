package ${package};

import io.tradewind.api.text.LocalizedText;
import io.tradewind.api.web.UiContribution;
import io.tradewind.api.web.UiModule;
import java.util.List;
import org.pf4j.Extension;

/** The UI contribution: one console page (ui/greeting.js), translated by i18n/ui*.properties. */
@Extension
public class GreetingUi implements UiContribution {

    @Override
    public List<UiModule> modules() {
        return List.of(new UiModule("greeting", "ui/greeting.js", "page", LocalizedText.of("Greeting", "问候"), null));
    }
}
