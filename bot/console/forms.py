"""The console's forms (Flask-WTF: each carries ``csrf_token``). Field names other
tools rely on: sign-in ``email``, ``password``; second step ``code``."""
from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField, SelectField, StringField, SubmitField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from bot.console.accounts import MAX_EMAIL, MAX_NAME, ROLES
from bot.console.passwords import MAX_LENGTH


class LoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=MAX_EMAIL)],
                       render_kw={"autocomplete": "username", "spellcheck": "false"})
    password = PasswordField("Password", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                             render_kw={"autocomplete": "current-password"})
    submit = SubmitField("Continue")


class CodeForm(FlaskForm):
    code = StringField("Code", validators=[DataRequired(), Length(max=40)],
                       render_kw={"autocomplete": "one-time-code", "spellcheck": "false",
                                  "autocapitalize": "none"})
    submit = SubmitField("Sign in")


class EnrolForm(FlaskForm):
    password = PasswordField("New password", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                             render_kw={"autocomplete": "new-password"})
    confirm = PasswordField("New password again", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                            render_kw={"autocomplete": "new-password"})
    code = StringField("6-digit code from your authenticator app", validators=[DataRequired(), Length(max=10)],
                       render_kw={"autocomplete": "one-time-code", "inputmode": "numeric"})
    submit = SubmitField("Finish enrolment")


class PasswordChangeForm(FlaskForm):
    current = PasswordField("Current password", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                            render_kw={"autocomplete": "current-password"})
    password = PasswordField("New password", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                             render_kw={"autocomplete": "new-password"})
    confirm = PasswordField("New password again", validators=[DataRequired(), Length(max=MAX_LENGTH)],
                            render_kw={"autocomplete": "new-password"})
    submit = SubmitField("Change password")


class StaffForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Length(max=MAX_EMAIL)],
                       render_kw={"autocomplete": "off", "spellcheck": "false"})
    name = StringField("Name", validators=[DataRequired(), Length(max=MAX_NAME)], render_kw={"autocomplete": "off"})
    role = SelectField("Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES], default="officer")
    officer_phone = StringField("Officer phone (optional: links their SMS commands)",
                                validators=[Optional(), Length(max=30)],
                                render_kw={"autocomplete": "off", "inputmode": "tel"})
    submit = SubmitField("Add staff member")


class RoleForm(FlaskForm):
    role = SelectField("Role", choices=[SelectChoice(r, r.capitalize()) for r in ROLES])
    submit = SubmitField("Change role")


class LanguageForm(FlaskForm):
    """The language a staff member is texted in (choices: the force's LANGUAGES, set by the view)."""
    lang = SelectField("Language", choices=[])
    submit = SubmitField("Change language")


class ActionForm(FlaskForm):
    """A button that posts (sign out, disable, reset ...): only the CSRF token."""
    submit = SubmitField("Confirm")
