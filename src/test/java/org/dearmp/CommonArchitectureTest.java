package org.dearmp;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTag;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Clock;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dearmp.MessageKeyAudit.KeyFamily;
import org.dearmp.batch.check.IssueKind;
import org.dearmp.batch.input.SupporterField;
import org.dearmp.batch.report.ReportRow;
import org.dearmp.letter.LetterGuidance;
import org.dearmp.lookup.LookupResult;
import org.dearmp.parliament.MemberNote;
import org.dearmp.postcode.Territory;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.Placeholder;
import org.dearmp.template.Placeholders;
import org.dearmp.testsupport.DataTest;
import org.dearmp.ui.common.Status;
import org.dearmp.export.UnprintableAdvice;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.ui.help.HelpTopic;
import org.dearmp.ui.wizard.Step;
import tools.jackson.databind.json.JsonMapper;

/**
 * The architecture in rules, after JabRef's CommonArchitectureTest: each rule names what it protects in
 * its {@code because}. Over the production classes only; the test classes have their own rules in
 * {@link TestArchitectureTest}, and {@link PackageCycleRuleTest} shows the cycle rule catching a cycle.
 */
@AnalyzeClasses(packages = "org.dearmp", importOptions = ImportOption.DoNotIncludeTests.class)
public class CommonArchitectureTest {

    /** The composition root: the only code that may pick real-world things (the clock, the data folder). */
    static final String ROOT_PACKAGE = "org.dearmp.app..";
    static final String LAUNCHER = "org.dearmp.Launcher";
    /** The GUI still makes its clock here until the composition root takes it over. */

    /**
     * One slice per package, by its full name. {@code slices().matching("org.dearmp.(*)..")} would put a
     * whole subtree (all of ui.wizard..) in one slice and miss a cycle between two of its sub-packages.
     */
    static final SliceAssignment EVERY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String packageName = javaClass.getPackageName();
            return packageName.equals("org.dearmp") || packageName.startsWith("org.dearmp.")
                    ? SliceIdentifier.of(packageName) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "every org.dearmp package on its own";
        }
    };

    /** The layers of ARCHITECTURE.md's package map: each uses only its own and those below it. */
    @ArchTest
    static final ArchRule layersAsArchitectureMdDrawsThem = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("entry").definedBy("org.dearmp")
            .layer("faces").definedBy("org.dearmp.ui..", "org.dearmp.cli..", "org.dearmp.bench..")
            .layer("root").definedBy("org.dearmp.app..")
            .layer("saved").definedBy("org.dearmp.userdata..")
            .layer("batch").definedBy("org.dearmp.batch..")
            .layer("letters").definedBy("org.dearmp.export..", "org.dearmp.letter..", "org.dearmp.template..",
                    "org.dearmp.lookup..", "org.dearmp.parliament..", "org.dearmp.postcode..")
            .layer("files").definedBy("org.dearmp.store..")
            .layer("base").definedBy("org.dearmp.core..", "org.dearmp.i18n..")
            .layer("build").definedBy("org.dearmp.data..")
            .whereLayer("entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("faces").mayOnlyBeAccessedByLayers("entry")
            .whereLayer("root").mayOnlyBeAccessedByLayers("entry", "faces")
            .whereLayer("saved").mayOnlyBeAccessedByLayers("entry", "faces", "root")
            .whereLayer("batch").mayOnlyBeAccessedByLayers("entry", "faces", "root")
            .whereLayer("letters").mayOnlyBeAccessedByLayers("entry", "faces", "root", "saved", "batch", "build")
            .whereLayer("files").mayOnlyBeAccessedByLayers("entry", "faces", "root", "saved", "batch", "letters",
                    "build")
            .whereLayer("build").mayNotBeAccessedByAnyLayer()
            .because("ARCHITECTURE.md draws the packages in these layers; a use upwards would make it untrue");

    @ArchTest
    static final ArchRule domainNeverImportsJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.dearmp.ui..", "org.dearmp")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("domain packages must run without a display: views live in org.dearmp.ui");

    @ArchTest
    static final ArchRule domainNeverDependsOnUi = noClasses()
            .that().resideOutsideOfPackages("org.dearmp.ui..", "org.dearmp")
            .should().dependOnClassesThat().resideInAPackage("org.dearmp.ui..")
            .because("the UI depends on the domain, never the other way round");

    @ArchTest
    static final ArchRule everyWindowComesFromTheFactory = noClasses()
            .that().doNotHaveFullyQualifiedName("org.dearmp.ui.common.Windows")
            .should().callConstructorWhere(target(owner(assignableTo(javafx.scene.Scene.class))))
            .orShould().callConstructorWhere(target(owner(assignableTo(javafx.stage.Stage.class))))
            .because("org.dearmp.ui.common.Windows gives every window the stylesheet, the text size and the keys");

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(EVERY_PACKAGE)
            .should().beFreeOfCycles()
            .because("a package that needs another which needs it back cannot be understood, moved or tested alone");

    @ArchTest
    static final ArchRule viewModelsHaveNoNodes = noClasses()
            .that(areViewModels())
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("a ViewModel offers properties and commands a test can drive without a display;"
                    + " Nodes and windows belong to the thin view");

    @ArchTest
    static final ArchRule onlyTheRootReadsTheClock = noClasses()
            .that(areOutside(Set.of(LAUNCHER)))
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "system", ZoneId.class)
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("the composition root makes the one Clock and passes it on, so every date and time"
                    + " a letter or file shows can be fixed in a test");

    @ArchTest
    static final ArchRule onlyTheRootPicksTheDataFolder = noClasses()
            .that(areOutside(Set.of(LAUNCHER)))
            .should().callMethod(AppDataFolder.class, "resolveDefault")
            .because("the composition root picks the user's data folder once and passes it on, so no code"
                    + " (and no test) can reach the user's real data by accident");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("org.dearmp.cli..")
            .and(areOutside(Set.of(LAUNCHER)))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("the command line owns standard output and error (benches print through it);"
                    + " everything else reports through return values, exceptions or the log");

    /**
     * The java.net types the app may name, each with why; none of them opens a connection. Everything else in
     * java.net (Socket, ServerSocket, DatagramSocket, HttpURLConnection, InetAddress, java.net.http...) is out.
     */
    static final Set<String> OFFLINE_JAVA_NET = Set.of(
            "java.net.URI", "java.net.URISyntaxException", // mailto: links and the sources' web addresses, as text
            "java.net.IDN", // an email address's domain in ASCII, for the mailto: link and the .eml
            "java.net.URLEncoder", "java.net.URLDecoder", // escaping the mailto: link's subject and body
            "java.net.URL"); // what getResource() names a stylesheet or icon inside the jar with (see below)

    @ArchTest
    static final ArchRule theAppNeverTouchesTheNetwork = noClasses()
            .should().dependOnClassesThat(DescribedPredicate.describe("are networking (java.net outside "
                    + OFFLINE_JAVA_NET + ", javax.net, socket channels)", CommonArchitectureTest::isNetworking))
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .orShould().callMethod(java.net.URL.class, "openConnection", java.net.Proxy.class)
            .orShould().callMethod(java.net.URL.class, "openStream")
            .orShould().callMethod(java.net.URL.class, "getContent")
            .orShould().callMethod(java.net.URI.class, "toURL")
            .because("letters carry people's names, addresses and stories: the app works offline and nothing it"
                    + " holds may leave the machine except in a file or a mail the user sends themselves");

    private static boolean isNetworking(JavaClass target) {
        String name = target.getName();
        String pkg = target.getPackageName();
        if (pkg.equals("java.net") || pkg.startsWith("java.net.")) {
            return !OFFLINE_JAVA_NET.contains(name);
        }
        return pkg.equals("javax.net") || pkg.startsWith("javax.net.")
                || name.startsWith("java.nio.channels.") && (name.contains("Socket") || name.contains("Datagram"));
    }

    /** Literals that look like message keys but are not: each with why. */
    static final Set<String> NOT_MESSAGE_KEYS = Set.of(
            "parliament.bin", // the bundled parliament index's file name
            "template.problem.", // compared with a checker key's start, to find the editor's wording of it
            "ui."); // part of a font's file name (FallbackFonts leaves UI fonts out)

    @ArchTest
    @ArchTag(DataTest.TAG) // the map's region codes come from the index built from ../shared/data
    static void everyMessageKeyExistsAndIsUsed(JavaClasses classes) throws Exception {
        SourceLiterals source = SourceLiterals.read(MessageKeyAudit.SOURCES);
        Set<String> bundle = MessageKeyAudit.bundleKeys(MessageKeyAudit.BUNDLE);
        MessageKeyAudit.Findings findings = MessageKeyAudit.audit(source.literals(), bundle,
                keyFamilies(source, bundle), NOT_MESSAGE_KEYS);
        assertThat(findings.clean()).as(findings.report()).isTrue();
    }

    /**
     * The keys the code builds by concatenation, each family from what builds it: an enum's values, a
     * list in the code, or the literals a view passes to its helper. A new family fails the rule above
     * (a literal prefix with no family) until it is listed here.
     */
    static List<KeyFamily> keyFamilies(SourceLiterals source, Set<String> bundle)
            throws ReflectiveOperationException, IOException {
        // the send step's save dialogs are titled by the extension of the kind of file saved
        Set<String> sendFormats = Set.of(FileKind.PDF.extension(), FileKind.EMAIL.extension(),
                FileKind.TEXT.extension());
        List<String> statusKinds = lowerCaseNames(Status.Kind.values());
        return List.of(
                KeyFamily.required("batch.field.", each(SupporterField.values(), SupporterField::key)),
                // an unprintable character's words are the shared advice (letter.unprintable), not an issue's own
                KeyFamily.required("batch.issue.", each(EnumSet.complementOf(EnumSet.of(IssueKind.UNPRINTABLE))
                        .toArray(IssueKind[]::new), IssueKind::key)),
                KeyFamily.required("letter.unprintable.",
                        withEndings(each(UnprintableAdvice.values(), UnprintableAdvice::key), ".means", ".otherwise")),
                KeyFamily.required("batch.map.region.", regionsOnTheBundledMap()),
                // the batch summary's region names (parliament.Regions), by the ONS names the data uses; that the
                // data has no other is WelshRegionNamesTest's (this test does not read the real data)
                KeyFamily.required(org.dearmp.parliament.Regions.KEY_PREFIX, java.util.stream.Stream.of(
                        "North East", "North West", "Yorkshire and The Humber", "East Midlands", "West Midlands",
                        "East of England", "London", "South East", "South West", "Wales", "Scotland",
                        "Northern Ireland").map(region -> org.dearmp.parliament.Regions.key(region)
                                .substring(org.dearmp.parliament.Regions.KEY_PREFIX.length())).toList()),
                KeyFamily.required("batch.outcome.", names(ReportRow.Outcome.values())),
                KeyFamily.required("letter.advice.", names(LetterGuidance.Advice.values())),
                KeyFamily.required("history.sentAs.", names(org.dearmp.history.SentAs.values())),
                KeyFamily.required("outcome.", names(org.dearmp.history.Outcome.values())),
                KeyFamily.required("ui.followUp.choice.", names(org.dearmp.history.Outcome.values())),
                KeyFamily.required("ui.followUp.offer.", names(org.dearmp.history.FollowUpKind.values())),
                KeyFamily.required("letter.checklist.",
                        java.util.Arrays.stream(org.dearmp.letter.ChecklistItem.Check.values())
                        .flatMap(c -> c.keySuffixes().stream()).toList()),
                KeyFamily.required("letter.checklist.state.", names(org.dearmp.letter.ChecklistItem.State.values())),
                KeyFamily.required("parliament.attribution.",
                        withEndings(privateList("org.dearmp.parliament.Attributions", "KEYS"), ".data", ".text")),
                KeyFamily.required("parliament.cli.status.kind.", names(MemberNote.values())),
                KeyFamily.required("parliament.note.", names(MemberNote.values())),
                KeyFamily.required("postcode.territory.", names(Territory.values())),
                KeyFamily.required("template.placeholder.", each(Placeholders.ALL, Placeholder::name)),
                KeyFamily.required("ui.editor.", source.literalArguments("EditorFormPane", "addField", 2)),
                KeyFamily.required("ui.editor.field.", privateList("org.dearmp.template.HeaderReader", "FIELDS")),
                KeyFamily.required("ui.editor.preview.", source.literalArguments("EditorPreviewPane", "addSample", 2)),
                // the editor's own wording of a checker problem, where it has one (EditorProblemText)
                KeyFamily.optional("ui.editor.problemText.", suffixesAfter("template.problem.", bundle)),
                KeyFamily.required("ui.help.", withEndings(lowerCaseNames(HelpTopic.values()), ".heading", ".text")),
                KeyFamily.required("ui.postcode.reason.", names(LookupResult.ChooseReason.values())),
                KeyFamily.required("ui.send.kind.", sendFormats),
                KeyFamily.required("ui.status.accessible.", statusKinds),
                KeyFamily.required("ui.status.sign.", statusKinds),
                KeyFamily.required("ui.step.", lowerCaseNames(Step.values())),
                // View > Language / Iaith: an item and a notice for each language, by its code
                KeyFamily.required("ui.menu.language.", each(org.dearmp.i18n.Language.values(),
                        org.dearmp.i18n.Language::code)),
                KeyFamily.required("ui.language.nextStart.", each(org.dearmp.i18n.Language.values(),
                        org.dearmp.i18n.Language::code)));
    }

    private static <T> List<String> each(T[] values, Function<T, String> key) {
        return each(List.of(values), key);
    }

    private static <T> List<String> each(List<T> values, Function<T, String> key) {
        return values.stream().map(key).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return each(values, Enum::name);
    }

    private static List<String> lowerCaseNames(Enum<?>[] values) {
        return each(values, value -> value.name().toLowerCase(Locale.ROOT));
    }

    private static List<String> withEndings(List<String> stems, String... endings) {
        return stems.stream().flatMap(stem -> Stream.of(endings).map(ending -> stem + ending)).toList();
    }

    private static List<String> suffixesAfter(String prefix, Set<String> keys) {
        return keys.stream().filter(key -> key.startsWith(prefix)).map(key -> key.substring(prefix.length())).toList();
    }

    /** A list the code keeps to itself (the stems of the keys it builds), read as it is at test time. */
    @SuppressWarnings("unchecked")
    private static List<String> privateList(String className, String field) throws ReflectiveOperationException {
        Field list = Class.forName(className).getDeclaredField(field);
        list.setAccessible(true);
        return (List<String>) list.get(null);
    }

    private static Set<String> regionsOnTheBundledMap() throws IOException {
        String map = "/org/dearmp/data/constituencies.hexjson";
        try (InputStream in = CommonArchitectureTest.class.getResourceAsStream(map)) {
            assertThat(in).as("the bundled constituency map").isNotNull();
            Set<String> regions = new TreeSet<>();
            JsonMapper.shared().readTree(in).path("hexes")
                    .forEach(hex -> regions.add(hex.path("region").asString("")));
            regions.remove("");
            return regions;
        }
    }

    /** Classes named *ViewModel or *Model in the UI, and the classes nested in them. */
    static DescribedPredicate<JavaClass> areViewModels() {
        return DescribedPredicate.describe("are ViewModels (named *Model in org.dearmp.ui..)",
                javaClass -> javaClass.getPackageName().startsWith("org.dearmp.ui")
                        && outermost(javaClass).getSimpleName().endsWith("Model"));
    }

    /** Outside the composition root ({@code org.dearmp.app..}) and the named classes (with their nested ones). */
    static DescribedPredicate<JavaClass> areOutside(Set<String> rootClasses) {
        return DescribedPredicate.describe("are outside the composition root " + ROOT_PACKAGE + " and " + rootClasses,
                javaClass -> !javaClass.getPackageName().equals("org.dearmp.app")
                        && !javaClass.getPackageName().startsWith("org.dearmp.app.")
                        && !rootClasses.contains(outermost(javaClass).getName()));
    }

    static JavaClass outermost(JavaClass javaClass) {
        JavaClass outer = javaClass;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
