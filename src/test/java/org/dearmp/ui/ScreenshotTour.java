package org.dearmp.ui;

import org.dearmp.app.AppContext;
import org.dearmp.testsupport.FakeServices;

import org.dearmp.ui.shell.AppConfig;
import org.dearmp.ui.shell.DearMpApp;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.dearmp.letter.Sender;
import org.dearmp.store.AppDataFolder;
import org.dearmp.ui.desktop.DesktopActions;
import org.dearmp.ui.wizard.WizardViewModel;

/**
 * Walks the running app through every step and saves a PNG of each, for the README and for looking
 * at the layout. Run under Xvfb (see README): {@code ScreenshotTour OUTPUT_DIR [FONT_SCALE] [fake] [cy|en]}
 * ({@code cy}: the app in Welsh, with a letter written in Welsh).
 */
public final class ScreenshotTour {
    private static Stage stage;
    private static DearMpApp app;
    /** The next save dialog is cancelled, as a writer who changed their mind would. */
    static volatile boolean cancelNextSave;
    /** What a file dialog that opens a file chooses (the MP list to update to); null to ask as before. */
    static volatile Path nextOpen;
    /** The tour in Welsh: the interface, and the words typed into the letter. */
    static boolean welsh;

    /** Takes the pictures: of the window, or of the dialog an action opens, into one folder. */
    record Camera(Path out, String suffix) {
        void shot(String name) throws Exception {
            ScreenshotTour.shot(out, name + suffix);
        }

        void dialog(String name, Runnable open) throws Exception {
            ScreenshotTour.dialog(out, name + suffix, open);
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String scale = args.length > 1 ? args[1] : "1";
        java.util.List<String> options = java.util.Arrays.asList(args).subList(Math.min(2, args.length), args.length);
        boolean fake = options.contains("fake");
        welsh = options.contains("cy");
        org.dearmp.i18n.Messages.use(welsh ? org.dearmp.i18n.Language.WELSH : org.dearmp.i18n.Language.ENGLISH);
        System.setProperty("dearmp.fontScale", scale);
        String suffix = scale.equals("1") ? "" : "-x" + scale.replace(".", "");
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("dear-mp-tour");
        AppDataFolder folder = new AppDataFolder(home);
        AppConfig config = new AppConfig(folder,
                fake ? progress -> FakeServices.create(home) : AppConfig.realLoader(AppContext.forFolder(folder, Clock.systemDefaultZone())),
                owner -> new org.dearmp.testsupport.RecordingDialogService(new org.dearmp.ui.desktop.FxDialogService(owner))
                        .answerFilesWith(asked -> asked.kind().equals("open") && nextOpen != null
                                ? Optional.of(nextOpen) : chosen(home.resolve(asked.suggestedName()))),
                (host, owner) -> new NoDesktop(), Clock.systemDefaultZone(), Duration.ofMillis(300));
        Platform.startup(() -> {
        });
        onFx(() -> {
            stage = new Stage();
            app = new DearMpApp(config);
            app.start(stage);
            stage.setWidth(Double.parseDouble(System.getProperty("tour.width", "1040")));
            stage.setHeight(Double.parseDouble(System.getProperty("tour.height", "720")));
            return null;
        });
        for (int i = 0; i < 200 && onFx(() -> app.wizard()) == null; i++) {
            Thread.sleep(100);
        }
        WizardViewModel vm = onFx(() -> app.wizard());
        shot(out, "0-start" + suffix);

        onFx(() -> set(vm, "BT1 1AA"));
        shot(out, "1-postcode-choose" + suffix);
        onFx(() -> {
            vm.postcode().allSeatsShownProperty().set(true);
            vm.postcode().seatFilterProperty().set("Belfast");
            return null;
        });
        onFx(() -> scrollIntoView(stage.getScene().lookup("#all-seats-list")));
        shot(out, "1-postcode-all-seats" + suffix);
        onFx(() -> {
            vm.postcode().allSeatsShownProperty().set(false);
            vm.postcode().seatFilterProperty().set("");
            return null;
        });
        onFx(() -> set(vm, "SW1A 0AX"));
        shot(out, "1-postcode-unknown" + suffix);
        onFx(() -> set(vm, "ZZ99 9ZZ"));
        shot(out, "1-postcode-invalid" + suffix);
        onFx(() -> set(vm, "JE2 3AB"));
        shot(out, "1-postcode-not-represented" + suffix);
        onFx(() -> {
            set(vm, "PR7 1AB");
            vm.next();
            return null;
        });
        shot(out, "2-mp-speaker" + suffix);
        onFx(() -> {
            vm.back();
            return null;
        });
        onFx(() -> set(vm, "SW1A 0AA"));
        shot(out, "1-postcode-found" + suffix);
        onFx(() -> {
            vm.next();
            return null;
        });
        shot(out, "2-mp" + suffix);
        onFx(() -> {
            vm.next();
            vm.templates().select(vm.templates().templates().get(0).id());
            return null;
        });
        shot(out, "3-template" + suffix);
        onFx(() -> {
            vm.next();
            vm.letter().setSender(new Sender("Sam Jones", java.util.List.of("12 Example Street", "London"),
                    "SW1A 0AA", "sam@example.org", ""));
            vm.letter().addPoint(welsh ? "Eleni, helpodd ein canolfan galw heibio leol dair menyw i adael "
                    + "camfanteisio." : "Our local drop-in centre helped three women leave exploitation this year.");
            vm.letter().addPoint(welsh ? "Mae goroeswyr angen cyllid sicr ar gyfer tai diogel, nid grantiau "
                    + "blwyddyn wrth flwyddyn."
                    : "Survivors need secure funding for safe houses, not year-to-year grants.");
            // -Dtour.story=... shows the letter step with other words (e.g. characters the PDF cannot print).
            vm.letter().storyProperty().set(System.getProperty("tour.story", welsh
                    ? "Rwy'n gwirfoddoli mewn lloches nos yn San Steffan ac wedi cwrdd â phobl a gafodd eu masnachu "
                            + "i'r wlad hon."
                    : "I volunteer at a night shelter in Westminster and have met people who were trafficked into "
                            + "this country."));
            return null;
        });
        shot(out, "4-letter" + suffix);
        letterChecklist(new Camera(out, suffix), vm);
        onFx(() -> {
            vm.next();
            vm.send().savePdf();
            return null;
        });
        Thread.sleep(1500);
        shot(out, "5-send" + suffix);
        dialog(out, "6-about" + suffix, () -> org.dearmp.ui.shell.AboutDialog.create(stage,
                vm.services().dataInfo()).showAndWait());
        dialog(out, "7-recent-letters" + suffix, () -> org.dearmp.ui.recent.RecentLettersDialog.show(stage,
                new org.dearmp.ui.recent.RecentLettersViewModel(vm.recentLetters(), vm,
                        java.time.ZoneId.systemDefault())));
        dialog(out, "8-draft-offered" + suffix, () -> app.window().offerDraft(vm.snapshot()));
        dialog(out, "11-guide" + suffix, () -> org.dearmp.ui.help.GuideDialog.show(stage,
                org.dearmp.ui.help.GuideSection.WRITING));
        new TrustTour(new Camera(out, suffix), stage, vm, home).run();
        // View > Language / Iaith, choosing the other language: the notice, said in both.
        dialog(out, "13-language" + suffix, () -> otherLanguageItem().setSelected(true));
        onFx(() -> {
            app.close();
            stage.close();
            return null;
        });
        Platform.exit();
        System.exit(0);
    }

    private static javafx.scene.control.RadioMenuItem otherLanguageItem() {
        String other = welsh ? "menu-language-en" : "menu-language-cy";
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().lookup(".menu-bar");
        for (javafx.scene.control.Menu menu : bar.getMenus()) {
            for (javafx.scene.control.MenuItem item : menu.getItems()) {
                if (item instanceof javafx.scene.control.Menu language && "menu-language".equals(item.getId())) {
                    return (javafx.scene.control.RadioMenuItem) language.getItems().stream()
                            .filter(i -> other.equals(i.getId())).findFirst().orElseThrow();
                }
            }
        }
        throw new IllegalStateException("no View > Language menu");
    }

    /**
     * The checklist with each kind of item: to do (no address yet), warnings (a US spelling, more requests)
     * and done. {@code -Dtour.letterOnly=true} stops the tour here, after {@code -Dtour.hold} milliseconds
     * (time for {@code import -window root}); otherwise the letter is put back as it was.
     */
    private static void letterChecklist(Camera camera, WizardViewModel vm) throws Exception {
        Sender sender = onFx(() -> vm.letter().sender());
        String story = onFx(() -> vm.letter().storyProperty().get());
        onFx(() -> {
            vm.letter().setSender(new Sender("Sam Jones", java.util.List.of(), "", "sam@example.org", ""));
            vm.letter().storyProperty().set("I volunteer at a night shelter, and last winter I met a young woman "
                    + "who had been trafficked here. The organization that helped her is short of money. Will you "
                    + "meet me? Please also write to the minister.");
            return null;
        });
        onFx(() -> scrollIntoView(stage.getScene().lookup("#letter-checklist")));
        camera.shot("4-letter-checklist");
        if (Boolean.getBoolean("tour.letterOnly")) {
            Thread.sleep(Long.getLong("tour.hold", 0));
            Platform.exit();
            System.exit(0);
        }
        onFx(() -> {
            vm.letter().setSender(sender);
            vm.letter().storyProperty().set(story);
            return null;
        });
    }

    /** Opens a modal dialog, photographs it, and closes it with its cancel button. */
    private static void dialog(Path out, String name, Runnable open) throws Exception {
        Platform.runLater(open);
        Thread.sleep(1500);
        onFx(() -> {
            for (javafx.stage.Window w : java.util.List.copyOf(javafx.stage.Window.getWindows())) {
                if (w != stage && w.isShowing()) {
                    save(w.getScene().snapshot(null), out.resolve(name + ".png"));
                    System.out.printf("%s: dialog %.0f x %.0f, window %.0f x %.0f%n", name, w.getWidth(),
                            w.getHeight(), stage.getWidth(), stage.getHeight());
                    javafx.scene.control.DialogPane pane = (javafx.scene.control.DialogPane) w.getScene().getRoot();
                    for (javafx.scene.control.ButtonType type : pane.getButtonTypes()) {
                        if (type.getButtonData().isCancelButton()) {
                            ((javafx.scene.control.Button) pane.lookupButton(type)).fire();
                        }
                    }
                }
            }
            return null;
        });
        Thread.sleep(300);
    }

    /** Scrolls the step so that the node's bottom (or, if it is taller than the view, its top) shows. */
    static Void scrollIntoView(javafx.scene.Node node) {
        node.getScene().getRoot().applyCss();
        node.getScene().getRoot().layout();
        for (javafx.scene.Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double view = scroll.getViewportBounds().getHeight();
                double extra = content.getLayoutBounds().getHeight() - view;
                javafx.geometry.Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
                double top = b.getHeight() > view ? b.getMinY() : b.getMaxY() - view + 8;
                scroll.setVvalue(extra <= 0 ? 0 : Math.max(0, Math.min(1, top / extra)));
                return null;
            }
        }
        return null;
    }

    private static Optional<Path> chosen(Path file) {
        if (cancelNextSave) {
            cancelNextSave = false;
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static Void set(WizardViewModel vm, String postcode) {
        vm.postcode().inputProperty().set(postcode);
        return null;
    }

    private static void shot(Path out, String name) throws Exception {
        Thread.sleep(600);
        onFx(() -> {
            save(stage.getScene().snapshot(null), out.resolve(name + ".png"));
            return null;
        });
    }

    private static void save(WritableImage image, Path file) {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        // Opaque RGB keeps the PNGs small.
        BufferedImage rgb = new BufferedImage(buffered.getWidth(), buffered.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(buffered, 0, 0, null);
        try {
            ImageIO.write(rgb, "png", file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    /** The tour opens nothing outside the app. */
    public static final class NoDesktop implements DesktopActions {
        @Override
        public Opened mail(String uri) {
            return Opened.UNSUPPORTED;
        }

        @Override
        public Opened openFile(Path file) {
            return Opened.UNSUPPORTED;
        }

        @Override
        public void openFolder(Path folder) {
        }

        @Override
        public void copyToClipboard(String text) {
        }
    }
}
