"""The public forms (Flask-WTF: each carries ``csrf_token``).

Field names others rely on (issue 12): sign-up ``phone``, ``email``, ``postcode``,
``schemes`` (checkboxes, values the scheme keywords such as FARMWATCH). Also
``categories`` (values ``KEYWORD:category``, e.g. ``BUSINESSWATCH:retail``: for
Business Watch these are the sectors), ``phone_channel`` (``sms`` or ``voice``),
``landline`` (calls only), ``whole_area``, ``language`` (a configured language code,
e.g. ``es``; also on the preferences page); the code page ``code``.

The English labels below are the defaults; each form is shown in the page's language
(PublicForm, bot/locales/web/<lang>.json).
"""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, RadioField, SelectField, SelectMultipleField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from bot.alerts import schemes
from bot.messaging import catalog
from bot.public import i18n

MAX_EMAIL = 254

QUIET_CHOICES = [SelectChoice("", "None: send every alert at once"),
                 SelectChoice("22:00-07:00", "Hold non-urgent alerts from 22:00 to 07:00"),
                 SelectChoice("21:00-08:00", "Hold non-urgent alerts from 21:00 to 08:00"),
                 SelectChoice("23:00-06:00", "Hold non-urgent alerts from 23:00 to 06:00")]


def scheme_choices() -> list[SelectChoice]:
    return [SelectChoice(s.keyword, s.name) for s in schemes.all_schemes()]


def language_choices() -> list[SelectChoice]:
    """The force's configured languages (LANGUAGES), each by its own name, the default first."""
    from flask import current_app

    return [SelectChoice(code, catalog.name_of(code)) for code in catalog.configured(current_app.config)]


def category_choices() -> list[SelectChoice]:
    return [SelectChoice(f"{s.keyword}:{c}", c) for s in schemes.all_schemes() for c in s.categories]


class PublicForm(FlaskForm):
    """A form whose labels, choices and button are in the page's language (bot/locales/web:
    ``field_<name>``, ``choice_sms``/``choice_voice``, ``quiet_*``, the class's ``SUBMIT``)."""
    SUBMIT = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self:
            if field.type in ("CSRFTokenField", "HiddenField") or field.name in ("contact", "action"):
                continue
            if field.name == "submit":
                field.label.text = i18n.t(self.SUBMIT)
            else:
                field.label.text = i18n.t(f"field_{field.name}")
        if "phone_channel" in self._fields:
            self.phone_channel.choices = [SelectChoice(c.value, i18n.t(f"choice_{c.value}"))
                                          for c in self.phone_channel.choices]
        if "quiet" in self._fields:
            self.quiet.choices = [SelectChoice(c.value, _quiet_label(c.value)) for c in self.quiet.choices]


def _quiet_label(value: str) -> str:
    if not value:
        return i18n.t("quiet_none")
    start, end = value.split("-")
    return i18n.t("quiet_hold", start=start, end=end)


class JoinForm(PublicForm):
    SUBMIT = "submit_join"
    phone = StringField("Mobile number", validators=[Optional(), Length(max=32)],
                        render_kw={"autocomplete": "tel", "inputmode": "tel", "spellcheck": "false"})
    phone_channel = RadioField("How should we reach this number?", choices=[
        SelectChoice("sms", "Text messages"), SelectChoice("voice", "Voice calls")], default="sms")
    landline = StringField("Landline for voice calls (optional)", validators=[Optional(), Length(max=32)],
                           render_kw={"autocomplete": "tel", "inputmode": "tel", "spellcheck": "false"})
    email = EmailField("Email address", validators=[Optional(), Length(max=MAX_EMAIL)],
                       render_kw={"autocomplete": "email", "spellcheck": "false", "autocapitalize": "none"})
    postcode = StringField("Postcode or ZIP code", validators=[Optional(), Length(max=16)],
                           render_kw={"autocomplete": "postal-code", "spellcheck": "false",
                                      "autocapitalize": "characters"})
    whole_area = BooleanField("Alerts for the whole force area instead")
    schemes = SelectMultipleField("Schemes", choices=scheme_choices, validate_choice=True)
    categories = SelectMultipleField("Categories", choices=category_choices, validate_choice=True)
    language = SelectField("Language for alerts / Idioma", choices=language_choices, validate_choice=True,
                           validators=[Optional()])
    submit = SubmitField("Sign up")


class CodeForm(PublicForm):
    SUBMIT = "submit_code"
    contact = StringField("contact", validators=[Length(max=3)])
    code = StringField("6-digit code", validators=[Length(max=20)],
                       render_kw={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"})
    submit = SubmitField("Confirm")


class ResendForm(PublicForm):
    SUBMIT = "submit_resend"
    contact = StringField("contact", validators=[Length(max=3)])
    submit = SubmitField("Send a new code")


class ConfirmForm(PublicForm):
    SUBMIT = "submit_confirm_email"
    submit = SubmitField("Confirm my email address")


class PrefsForm(PublicForm):
    SUBMIT = "submit_prefs"
    schemes = SelectMultipleField("Schemes", choices=scheme_choices, validate_choice=True)
    categories = SelectMultipleField("Categories", choices=category_choices, validate_choice=True)
    postcode = StringField("Postcode or ZIP code", validators=[Optional(), Length(max=16)],
                           render_kw={"autocomplete": "postal-code", "spellcheck": "false",
                                      "autocapitalize": "characters"})
    whole_area = BooleanField("Alerts for the whole force area instead")
    quiet = SelectField("Quiet hours", choices=QUIET_CHOICES, default="")
    language = SelectField("Language for alerts / Idioma", choices=language_choices, validate_choice=True,
                           validators=[Optional()])
    submit = SubmitField("Save my choices")


class ContactForm(PublicForm):
    contact = StringField("contact", validators=[Length(max=40)])
    action = RadioField("action", choices=[SelectChoice("sms", "Texts"), SelectChoice("voice", "Calls"),
                                           SelectChoice("stop", "Stop")])


class LeaveForm(PublicForm):
    SUBMIT = "submit_leave"
    submit = SubmitField("Leave: stop all my alerts")
