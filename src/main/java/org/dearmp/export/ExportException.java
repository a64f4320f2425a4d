package org.dearmp.export;

import org.dearmp.core.DearMpException;
import org.dearmp.i18n.Messages;

/** Why a letter could not be exported, in words for the user. */
public abstract sealed class ExportException extends DearMpException {

    ExportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The MP has no email address on record: the letter can still go by post as a PDF. */
    public static final class NoMpEmail extends ExportException {
        private final String mpName;

        public NoMpEmail(String mpName) {
            super(Messages.get("export.email.noAddress", mpName), null);
            this.mpName = mpName;
        }

        public String mpName() {
            return mpName;
        }
    }

    /** The PDF library refused the document; rare, and never the user's fault. */
    public static final class PdfFailed extends ExportException {
        public PdfFailed(Throwable cause) {
            super(Messages.get("export.pdf.failed"), cause);
        }
    }

    /**
     * Some characters of the letter have no glyph in any font on this computer: the PDF is not written,
     * rather than printed with gaps. An email keeps them.
     */
    public static final class Unprintable extends ExportException {
        private final String characters;

        public Unprintable(String characters) {
            super(UnprintableAdvice.PDF.text(characters), null);
            this.characters = characters;
        }

        /** The characters, each once, in the order they first appear. */
        public String characters() {
            return characters;
        }
    }

    /** Writing the file failed: a full disk, a read-only folder, a missing permission. */
    public static final class WriteFailed extends ExportException {
        public WriteFailed(java.nio.file.Path file, Throwable cause) {
            super(messageFor(file, cause), cause);
        }

        /** "Could not save x.pdf in /proc: permission denied": the chosen file, never a temporary one. */
        private static String messageFor(java.nio.file.Path file, Throwable cause) {
            if (cause instanceof org.dearmp.store.SaveFailedException saveFailed) {
                return saveFailed.getMessage();
            }
            java.nio.file.Path name = file.getFileName();
            java.nio.file.Path folder = file.toAbsolutePath().getParent();
            return Messages.get("export.file.failed", name == null ? file : name, folder == null ? file : folder,
                    org.dearmp.store.FileProblems.why(cause));
        }
    }

    /** The computer has no printer to send the letter to. */
    public static final class NoPrinter extends ExportException {
        public NoPrinter() {
            super(Messages.get("export.print.noPrinter"), null);
        }
    }

    /** The printer system refused the job (the printer is off-line, say). */
    public static final class PrintFailed extends ExportException {
        public PrintFailed(Throwable cause) {
            super(cause.getMessage() == null || cause.getMessage().isBlank() ? Messages.get("export.print.failed")
                    : Messages.get("export.print.failedBecause", cause.getMessage()), cause);
        }
    }
}
