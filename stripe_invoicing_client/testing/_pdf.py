"""A small valid PDF for a finalized quote: one page naming its number and
`amount_total` (after discounts and taxes)."""

from __future__ import annotations

from ._quote_store import Quote


def _objects(text: str) -> list[bytes]:
    stream = f"BT /F1 14 Tf 72 720 Td ({text}) Tj ET".encode("ascii")
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def quote_pdf(quote: Quote) -> bytes:
    """The document, with the cross-reference table's offsets right (readers check them)."""
    total = f"{quote.amount_total / 100:.2f} {(quote.currency or '').upper()}"
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(_objects(f"Quote {quote.number}: {total}"), start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(offsets) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


__all__ = ["quote_pdf"]
