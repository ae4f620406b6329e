"""Words printed on cover sheets and page footers, in the letter's language.

The officials read these, so they follow the letter's language, not the interface's.
A language missing here falls back to English.
"""

from __future__ import annotations

from typing import TypedDict


class Labels(TypedDict):
    fax: str
    to: str
    fax_number: str
    sender: str
    contact: str
    date: str
    pages: str
    pages_value: str
    regarding: str
    note: str
    page_of: str
    continued: str
    update: str


LABELS: dict[str, Labels] = {
    "en": {
        "fax": "FAX",
        "to": "To",
        "fax_number": "Fax",
        "sender": "From",
        "contact": "Contact",
        "date": "Date",
        "pages": "Pages",
        "pages_value": "{total} (including this cover sheet)",
        "regarding": "Re",
        "note": "Please deliver the attached letter to the addressee. Thank you.",
        "page_of": "Page {page} of {total}",
        "continued": "{name} (continued)",
        "update": "update {update}",
    },
    "ru": {
        "fax": "ФАКС",
        "to": "Кому",
        "fax_number": "Факс",
        "sender": "От кого",
        "contact": "Контакты",
        "date": "Дата",
        "pages": "Страниц",
        "pages_value": "{total} (включая эту страницу)",
        "regarding": "Тема",
        "note": "Пожалуйста, передайте прилагаемое письмо адресату. Спасибо.",
        "page_of": "Страница {page} из {total}",
        "continued": "{name} (продолжение)",
        "update": "обновление {update}",
    },
    "kk": {
        "fax": "ФАКС",
        "to": "Кімге",
        "fax_number": "Факс",
        "sender": "Кімнен",
        "contact": "Байланыс",
        "date": "Күні",
        "pages": "Беттер саны",
        "pages_value": "{total} (осы бетті қоса алғанда)",
        "regarding": "Тақырыбы",
        "note": "Қоса берілген хатты алушыға табыс етуіңізді сұраймын. Рақмет.",
        "page_of": "{total} беттің {page}-беті",
        "continued": "{name} (жалғасы)",
        "update": "{update}-жаңарту",
    },
    "es": {
        "fax": "FAX",
        "to": "Para",
        "fax_number": "Fax",
        "sender": "De",
        "contact": "Contacto",
        "date": "Fecha",
        "pages": "Páginas",
        "pages_value": "{total} (incluida esta portada)",
        "regarding": "Asunto",
        "note": "Le ruego que entregue la carta adjunta a su destinatario. Gracias.",
        "page_of": "Página {page} de {total}",
        "continued": "{name} (continuación)",
        "update": "actualización {update}",
    },
    "fr": {
        "fax": "TÉLÉCOPIE",
        "to": "À",
        "fax_number": "Fax",
        "sender": "De",
        "contact": "Coordonnées",
        "date": "Date",
        "pages": "Pages",
        "pages_value": "{total} (page de garde comprise)",
        "regarding": "Objet",
        "note": "Merci de bien vouloir remettre la lettre ci-jointe à son destinataire.",
        "page_of": "Page {page} sur {total}",
        "continued": "{name} (suite)",
        "update": "mise à jour {update}",
    },
    "de": {
        "fax": "FAX",
        "to": "An",
        "fax_number": "Fax",
        "sender": "Von",
        "contact": "Kontakt",
        "date": "Datum",
        "pages": "Seiten",
        "pages_value": "{total} (einschließlich dieses Deckblatts)",
        "regarding": "Betreff",
        "note": "Bitte leiten Sie den beigefügten Brief an den Empfänger weiter. Vielen Dank.",
        "page_of": "Seite {page} von {total}",
        "continued": "{name} (Fortsetzung)",
        "update": "Aktualisierung {update}",
    },
    "ar": {
        "fax": "فاكس",
        "to": "إلى",
        "fax_number": "رقم الفاكس",
        "sender": "من",
        "contact": "للتواصل",
        "date": "التاريخ",
        "pages": "عدد الصفحات",
        "pages_value": "{total} (بما فيها صفحة الغلاف هذه)",
        "regarding": "الموضوع",
        "note": "يرجى تسليم الرسالة المرفقة إلى المرسل إليه. مع الشكر.",
        "page_of": "الصفحة {page} من {total}",
        "continued": "{name} (تابع)",
        "update": "التحديث {update}",
    },
}


def labels_for(lang: str) -> Labels:
    base = lang.split("-", maxsplit=1)[0].split("_", maxsplit=1)[0]
    return LABELS.get(lang) or LABELS.get(base) or LABELS["en"]
