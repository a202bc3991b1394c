"""The console's forms (Flask-WTF: each carries ``csrf_token``). Field names other
tools rely on: sign-in ``email``, ``password``; second step ``code``."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from bot.console.accounts import MAX_EMAIL, MAX_NAME, ROLES
from bot.console.i18n import form_errors, t
from bot.console.passwords import MAX_LENGTH


class ConsoleForm(FlaskForm):
    """A console form in the page's language: each field's label (and a SubmitField's button) is
    the console text ``LABELS[field name]``; WTForms' own (English) errors become the catalog's
    in another language. The English texts are the labels the fields are declared with."""

    LABELS: dict[str, str] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, text in self.LABELS.items():
            self[name].label.text = t(text)

    def validate(self, extra_validators=None):
        ok = super().validate(extra_validators)
        if not ok:
            form_errors(self)
        return ok


class LoginForm(ConsoleForm):
    LABELS = {"email": "f_email", "password": "f_password", "submit": "f_continue"}
    email = EmailField("Email", validators=[DataRequired(), Length(max=MAX_EMAIL)],
                       render_kw={"autocomplete": "username", "spellcheck": "false"})
    password = PasswordField("Password", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                             render_kw={"autocomplete": "current-password"})
    submit = SubmitField("Continue")


class CodeForm(ConsoleForm):
    LABELS = {"code": "f_code", "submit": "f_sign_in"}
    code = StringField("Code", validators=[DataRequired(), Length(max=40)],
                       render_kw={"autocomplete": "one-time-code", "spellcheck": "false",
                                  "autocapitalize": "none"})
    submit = SubmitField("Sign in")


class EnrolForm(ConsoleForm):
    LABELS = {"password": "f_new_password", "confirm": "f_new_password_again", "code": "f_enrol_code", "submit": "f_finish_enrolment"}
    password = PasswordField("New password", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                             render_kw={"autocomplete": "new-password"})
    confirm = PasswordField("New password again", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                            render_kw={"autocomplete": "new-password"})
    code = StringField("6-digit code from your authenticator app", validators=[DataRequired(), Length(max=10)],
                       render_kw={"autocomplete": "one-time-code", "inputmode": "numeric"})
    submit = SubmitField("Finish enrolment")


class PasswordChangeForm(ConsoleForm):
    LABELS = {"current": "f_current_password", "password": "f_new_password", "confirm": "f_new_password_again", "submit": "f_change_password"}
    current = PasswordField("Current password", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                            render_kw={"autocomplete": "current-password"})
    password = PasswordField("New password", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                             render_kw={"autocomplete": "new-password"})
    confirm = PasswordField("New password again", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                            render_kw={"autocomplete": "new-password"})
    submit = SubmitField("Change password")


class StaffForm(ConsoleForm):
    LABELS = {"email": "f_email", "name": "f_name", "role": "f_role", "officer_phone": "f_officer_phone", "submit": "f_add_staff"}
    email = EmailField("Email", validators=[DataRequired(), Length(max=MAX_EMAIL)],
                       render_kw={"autocomplete": "off", "spellcheck": "false"})
    name = StringField("Name", validators=[DataRequired(), Length(max=MAX_NAME)], render_kw={"autocomplete": "off"})
    role = SelectField("Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES], default="officer")
    officer_phone = StringField("Officer phone (optional: links their SMS commands)",
                                validators=[Optional(), Length(max=30)],
                                render_kw={"autocomplete": "off", "inputmode": "tel"})
    submit = SubmitField("Add staff member")


class RoleForm(ConsoleForm):
    LABELS = {"role": "f_role", "submit": "f_change_role"}
    role = SelectField("Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES])
    submit = SubmitField("Change role")


class LanguageForm(ConsoleForm):
    """The language a staff member is texted in (choices: the force's LANGUAGES, set by the view)."""
    LABELS = {"lang": "f_language", "submit": "f_change_language"}
    lang = SelectField("Language", choices=[])
    submit = SubmitField("Change language")


class ActionForm(ConsoleForm):
    """A button that posts (sign out, disable, reset ...): only the CSRF token."""
    LABELS = {"submit": "f_confirm"}
    submit = SubmitField("Confirm")
