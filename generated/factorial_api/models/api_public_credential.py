from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiPublicCredential")


@_attrs_define
class ApiPublicCredential:
    """Who a token or API key acts as: the company and, for OAuth, the user.

    Attributes:
        company_id (None | str):
        id (None | str):
        employee_id (None | str):
        email (None | str | Unset):
        login_email (None | str | Unset):
        full_name (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        role (None | str | Unset):
        gdpr_tos (bool | None | Unset):
        legal_name (None | str | Unset):
        locale (None | str | Unset):
        logo (None | str | Unset):
        name (None | str | Unset):
        onboarded_on (None | str | Unset):
        subscription_plan (None | str | Unset):
        tin (None | str | Unset):
        to_be_deleted (None | str | Unset):
        tos (bool | None | Unset):
    """

    company_id: None | str
    id: None | str
    employee_id: None | str
    email: None | str | Unset = UNSET
    login_email: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    role: None | str | Unset = UNSET
    gdpr_tos: bool | None | Unset = UNSET
    legal_name: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    logo: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    onboarded_on: None | str | Unset = UNSET
    subscription_plan: None | str | Unset = UNSET
    tin: None | str | Unset = UNSET
    to_be_deleted: None | str | Unset = UNSET
    tos: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id: None | str
        company_id = self.company_id

        id: None | str
        id = self.id

        employee_id: None | str
        employee_id = self.employee_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        login_email: None | str | Unset
        if isinstance(self.login_email, Unset):
            login_email = UNSET
        else:
            login_email = self.login_email

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        gdpr_tos: bool | None | Unset
        if isinstance(self.gdpr_tos, Unset):
            gdpr_tos = UNSET
        else:
            gdpr_tos = self.gdpr_tos

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        onboarded_on: None | str | Unset
        if isinstance(self.onboarded_on, Unset):
            onboarded_on = UNSET
        else:
            onboarded_on = self.onboarded_on

        subscription_plan: None | str | Unset
        if isinstance(self.subscription_plan, Unset):
            subscription_plan = UNSET
        else:
            subscription_plan = self.subscription_plan

        tin: None | str | Unset
        if isinstance(self.tin, Unset):
            tin = UNSET
        else:
            tin = self.tin

        to_be_deleted: None | str | Unset
        if isinstance(self.to_be_deleted, Unset):
            to_be_deleted = UNSET
        else:
            to_be_deleted = self.to_be_deleted

        tos: bool | None | Unset
        if isinstance(self.tos, Unset):
            tos = UNSET
        else:
            tos = self.tos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "id": id,
                "employee_id": employee_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if login_email is not UNSET:
            field_dict["login_email"] = login_email
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if role is not UNSET:
            field_dict["role"] = role
        if gdpr_tos is not UNSET:
            field_dict["gdpr_tos"] = gdpr_tos
        if legal_name is not UNSET:
            field_dict["legal_name"] = legal_name
        if locale is not UNSET:
            field_dict["locale"] = locale
        if logo is not UNSET:
            field_dict["logo"] = logo
        if name is not UNSET:
            field_dict["name"] = name
        if onboarded_on is not UNSET:
            field_dict["onboarded_on"] = onboarded_on
        if subscription_plan is not UNSET:
            field_dict["subscription_plan"] = subscription_plan
        if tin is not UNSET:
            field_dict["tin"] = tin
        if to_be_deleted is not UNSET:
            field_dict["to_be_deleted"] = to_be_deleted
        if tos is not UNSET:
            field_dict["tos"] = tos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(pop_required(d, "company_id", cls))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_employee_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_id = _parse_employee_id(pop_required(d, "employee_id", cls))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_login_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        login_email = _parse_login_email(d.pop("login_email", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("full_name", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_gdpr_tos(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gdpr_tos = _parse_gdpr_tos(d.pop("gdpr_tos", UNSET))

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legal_name", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_onboarded_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        onboarded_on = _parse_onboarded_on(d.pop("onboarded_on", UNSET))

        def _parse_subscription_plan(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subscription_plan = _parse_subscription_plan(d.pop("subscription_plan", UNSET))

        def _parse_tin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tin = _parse_tin(d.pop("tin", UNSET))

        def _parse_to_be_deleted(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_be_deleted = _parse_to_be_deleted(d.pop("to_be_deleted", UNSET))

        def _parse_tos(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tos = _parse_tos(d.pop("tos", UNSET))

        api_public_credential = cls(
            company_id=company_id,
            id=id,
            employee_id=employee_id,
            email=email,
            login_email=login_email,
            full_name=full_name,
            first_name=first_name,
            last_name=last_name,
            role=role,
            gdpr_tos=gdpr_tos,
            legal_name=legal_name,
            locale=locale,
            logo=logo,
            name=name,
            onboarded_on=onboarded_on,
            subscription_plan=subscription_plan,
            tin=tin,
            to_be_deleted=to_be_deleted,
            tos=tos,
        )

        api_public_credential.additional_properties = d
        return api_public_credential

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
