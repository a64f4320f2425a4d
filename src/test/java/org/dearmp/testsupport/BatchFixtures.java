package org.dearmp.testsupport;

import org.dearmp.batch.run.BatchService;

import org.dearmp.batch.map.HexMap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dearmp.lookup.LookupService;
import org.dearmp.parliament.Parliament;
import org.dearmp.parliament.ParliamentRepository;
import org.dearmp.store.AppDataFolder;
import org.dearmp.template.TemplateLibrary;

/** The real bundled data, and a supporters file as messy as real ones are. */
public final class BatchFixtures {

    public static final Parliament PARLIAMENT = new ParliamentRepository(
            new AppDataFolder(Path.of("target", "no-such-data-folder"))).current();
    public static final LookupService LOOKUP = Bundled.lookup(PARLIAMENT);
    public static final TemplateLibrary TEMPLATES = Bundled.templates();

    private BatchFixtures() {
    }

    public static BatchService service() {
        return new BatchService(LOOKUP::lookup, PARLIAMENT, TEMPLATES, HexMap.bundled(), TestClocks.FIXED);
    }

    public static final String SHARED_MESSAGE = "My niece was trafficked from Swansea to Birmingham when she was seventeen and "
            + "nobody noticed for two years, not her school, not the police, not the hospital that treated her twice.";

    /**
     * Excel "CSV UTF-8": a byte-order mark, CRLF, quoted cells with commas, quotes and line breaks, a
     * blank line, Welsh and Irish names, a formula for a name, and every kind of problem row.
     * Rows (as a spreadsheet numbers them): 2 Siân (Ynys Môn), 3 Gwenllïan (Brecon), 4 a formula
     * (Edinburgh East), 5 Northern Ireland, 6 blank, 7 invalid postcode, 8 Bolton (MP without an
     * email), 9 a duplicate of row 2, 10 no name, 11 near copy of row 3 (Ynys Môn).
     */
    public static Path messyCsv(Path dir) throws IOException {
        String csv = "\uFEFFFirst name,Last name,Address 1,Town,Postcode,Email,Personal message,Point 1,Point 2\r\n"
                + "Siân,Ap Dafydd,\"Tŷ Gwyn, 3 Stryd Fawr\",Llanfairpwll,ll61 6yy,sian@example.org,"
                + "\"I volunteer at a drop-in, and I have met women who were sold.\r\nPlease listen to them.\","
                + "Fund specialist support,\"Train nurses, teachers and police\"\r\n"
                + "Gwenllïan,Ŵyn,1 Heol y Castell,Ystradgynlais,CF44 9JB,gwen@example.org,\"" + SHARED_MESSAGE + "\","
                + "Prosecute the people who buy and sell women,Protect the victims\r\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"Click me\"\")\",,2 Royal Mile,Edinburgh,EH1 1YH,,,,\r\n"
                + "Órfhlaith,Ní Bhriain,5 Main Street,Belfast,BT1 1AA,orla@example.org,,,\r\n"
                + "\r\n"
                + "Tom,Jones,1 Nowhere,Nowhere,XYZ 123,,,,\r\n"
                + "Łukasz,Kowalski,\"Flat 2, 10 Bradshawgate\",Bolton,BL3 4AZ,lukasz@example.org,,,\r\n"
                + "SIÂN,ap dafydd,Tŷ Gwyn,Llanfairpwll,LL61 6YY,,,,\r\n"
                + ",,9 Whitehall,London,SW1A 2AA,,,,\r\n"
                + "Rhys,Evans,4 Ffordd y Môr,Llangefni,LL59 5ER,rhys@example.org,\"" + SHARED_MESSAGE + "\","
                + "Prosecute the people who buy and sell women,Protect the victims\r\n";
        Path file = dir.resolve("supporters.csv");
        Files.write(file, csv.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
