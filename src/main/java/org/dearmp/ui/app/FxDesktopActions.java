package org.dearmp.ui.app;

import java.nio.file.Path;
import javafx.application.HostServices;
import javafx.print.PrinterJob;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;

/** The desktop through JavaFX: HostServices for links and folders, the system clipboard, PrinterJob. */
public final class FxDesktopActions implements DesktopActions {
    private final HostServices host;
    private final Window owner;

    public FxDesktopActions(HostServices host, Window owner) {
        this.host = host;
        this.owner = owner;
    }

    @Override
    public void open(String uri) {
        host.showDocument(uri);
    }

    @Override
    public void openFolder(Path folder) {
        host.showDocument(folder.toUri().toString());
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public boolean print(String text) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return false;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return false;
        }
        double width = job.getJobSettings().getPageLayout().getPrintableWidth();
        Text body = new Text(text);
        body.setFont(Font.font("Serif", 11));
        TextFlow page = new TextFlow(body);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        boolean printed = job.printPage(page);
        return printed && job.endJob();
    }
}
