"""The public forms (Flask-WTF: each carries ``csrf_token``).

Field names others rely on (issue 12): sign-up ``phone``, ``email``, ``postcode``,
``schemes`` (checkboxes, values the scheme keywords such as FARMWATCH). Also
``categories`` (values ``KEYWORD:category``, e.g. ``BUSINESSWATCH:retail``: for
Business Watch these are the sectors), ``phone_channel`` (``sms`` or ``voice``),
``landline`` (calls only), ``whole_area``; the code page ``code``.
"""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, RadioField, SelectField, SelectMultipleField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from bot.alerts import schemes

MAX_EMAIL = 254

QUIET_CHOICES = [SelectChoice("", "None: send every alert at once"),
                 SelectChoice("22:00-07:00", "Hold non-urgent alerts from 22:00 to 07:00"),
                 SelectChoice("21:00-08:00", "Hold non-urgent alerts from 21:00 to 08:00"),
                 SelectChoice("23:00-06:00", "Hold non-urgent alerts from 23:00 to 06:00")]


def scheme_choices() -> list[SelectChoice]:
    return [SelectChoice(s.keyword, s.name) for s in schemes.all_schemes()]


def category_choices() -> list[SelectChoice]:
    return [SelectChoice(f"{s.keyword}:{c}", c) for s in schemes.all_schemes() for c in s.categories]


class JoinForm(FlaskForm):
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
    submit = SubmitField("Sign up")


class CodeForm(FlaskForm):
    contact = StringField("contact", validators=[Length(max=3)])
    code = StringField("6-digit code", validators=[Length(max=20)],
                       render_kw={"autocomplete": "one-time-code", "inputmode": "numeric", "spellcheck": "false"})
    submit = SubmitField("Confirm")


class ResendForm(FlaskForm):
    contact = StringField("contact", validators=[Length(max=3)])
    submit = SubmitField("Send a new code")


class ConfirmForm(FlaskForm):
    submit = SubmitField("Confirm my email address")


class PrefsForm(FlaskForm):
    schemes = SelectMultipleField("Schemes", choices=scheme_choices, validate_choice=True)
    categories = SelectMultipleField("Categories", choices=category_choices, validate_choice=True)
    postcode = StringField("Postcode or ZIP code", validators=[Optional(), Length(max=16)],
                           render_kw={"autocomplete": "postal-code", "spellcheck": "false",
                                      "autocapitalize": "characters"})
    whole_area = BooleanField("Alerts for the whole force area instead")
    quiet = SelectField("Quiet hours", choices=QUIET_CHOICES, default="")
    submit = SubmitField("Save my choices")


class ContactForm(FlaskForm):
    contact = StringField("contact", validators=[Length(max=40)])
    action = RadioField("action", choices=[SelectChoice("sms", "Texts"), SelectChoice("voice", "Calls"),
                                           SelectChoice("stop", "Stop")])


class LeaveForm(FlaskForm):
    submit = SubmitField("Leave: stop all my alerts")
