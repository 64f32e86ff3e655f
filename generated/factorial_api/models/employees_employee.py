from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.employees_employee_bank_number_format import EmployeesEmployeeBankNumberFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeesEmployee")


@_attrs_define
class EmployeesEmployee:
    """A person employed by the company. Fields the caller may not see are null.

    Attributes:
        id (None | str):
        access_id (None | str): Id of the login account, shared with other Factorial resources.
        first_name (None | str):
        last_name (None | str):
        full_name (None | str):
        company_id (None | str):
        location_id (None | str):
        created_at (None | str):
        updated_at (None | str):
        is_terminating (bool | None):
        attendable (bool | None):
        preferred_name (None | str | Unset):
        birth_name (None | str | Unset):
        gender (None | str | Unset):
        identifier (None | str | Unset):
        identifier_type (None | str | Unset):
        email (None | str | Unset):
        login_email (None | str | Unset):
        birthday_on (None | str | Unset):
        nationality (None | str | Unset):
        address_line_1 (None | str | Unset):
        address_line_2 (None | str | Unset):
        postal_code (None | str | Unset):
        city (None | str | Unset):
        state (None | str | Unset):
        country (None | str | Unset):
        bank_number (None | str | Unset):
        swift_bic (None | str | Unset):
        bank_number_format (EmployeesEmployeeBankNumberFormat | None | Unset):
        legal_entity_id (None | str | Unset):
        default_work_area_id (None | str | Unset):
        social_security_number (None | str | Unset):
        terminated_on (None | str | Unset):
        termination_reason_type (None | str | Unset):
        termination_reason (None | str | Unset):
        termination_observations (None | str | Unset):
        manager_id (None | str | Unset):
        timeoff_manager_id (None | str | Unset):
        phone_number (None | str | Unset):
        company_identifier (None | str | Unset):
        age_number (int | None | Unset):
        termination_type_description (None | str | Unset):
        contact_name (None | str | Unset):
        contact_number (None | str | Unset):
        personal_email (None | str | Unset):
        seniority_calculation_date (None | str | Unset):
        communications_email (None | str | Unset):
        unconfirmed_communications_email (None | str | Unset):
        pronouns (None | str | Unset):
        active (bool | None | Unset):
        disability_percentage_cents (int | None | Unset): Disability degree as a percentage times 100.
        identifier_expiration_date (None | str | Unset):
        country_of_birth (None | str | Unset):
        birthplace (None | str | Unset):
    """

    id: None | str
    access_id: None | str
    first_name: None | str
    last_name: None | str
    full_name: None | str
    company_id: None | str
    location_id: None | str
    created_at: None | str
    updated_at: None | str
    is_terminating: bool | None
    attendable: bool | None
    preferred_name: None | str | Unset = UNSET
    birth_name: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    identifier_type: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    login_email: None | str | Unset = UNSET
    birthday_on: None | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    address_line_1: None | str | Unset = UNSET
    address_line_2: None | str | Unset = UNSET
    postal_code: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    bank_number: None | str | Unset = UNSET
    swift_bic: None | str | Unset = UNSET
    bank_number_format: EmployeesEmployeeBankNumberFormat | None | Unset = UNSET
    legal_entity_id: None | str | Unset = UNSET
    default_work_area_id: None | str | Unset = UNSET
    social_security_number: None | str | Unset = UNSET
    terminated_on: None | str | Unset = UNSET
    termination_reason_type: None | str | Unset = UNSET
    termination_reason: None | str | Unset = UNSET
    termination_observations: None | str | Unset = UNSET
    manager_id: None | str | Unset = UNSET
    timeoff_manager_id: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    company_identifier: None | str | Unset = UNSET
    age_number: int | None | Unset = UNSET
    termination_type_description: None | str | Unset = UNSET
    contact_name: None | str | Unset = UNSET
    contact_number: None | str | Unset = UNSET
    personal_email: None | str | Unset = UNSET
    seniority_calculation_date: None | str | Unset = UNSET
    communications_email: None | str | Unset = UNSET
    unconfirmed_communications_email: None | str | Unset = UNSET
    pronouns: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    disability_percentage_cents: int | None | Unset = UNSET
    identifier_expiration_date: None | str | Unset = UNSET
    country_of_birth: None | str | Unset = UNSET
    birthplace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        access_id: None | str
        access_id = self.access_id

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        full_name: None | str
        full_name = self.full_name

        company_id: None | str
        company_id = self.company_id

        location_id: None | str
        location_id = self.location_id

        created_at: None | str
        created_at = self.created_at

        updated_at: None | str
        updated_at = self.updated_at

        is_terminating: bool | None
        is_terminating = self.is_terminating

        attendable: bool | None
        attendable = self.attendable

        preferred_name: None | str | Unset
        if isinstance(self.preferred_name, Unset):
            preferred_name = UNSET
        else:
            preferred_name = self.preferred_name

        birth_name: None | str | Unset
        if isinstance(self.birth_name, Unset):
            birth_name = UNSET
        else:
            birth_name = self.birth_name

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        identifier_type: None | str | Unset
        if isinstance(self.identifier_type, Unset):
            identifier_type = UNSET
        else:
            identifier_type = self.identifier_type

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

        birthday_on: None | str | Unset
        if isinstance(self.birthday_on, Unset):
            birthday_on = UNSET
        else:
            birthday_on = self.birthday_on

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        address_line_1: None | str | Unset
        if isinstance(self.address_line_1, Unset):
            address_line_1 = UNSET
        else:
            address_line_1 = self.address_line_1

        address_line_2: None | str | Unset
        if isinstance(self.address_line_2, Unset):
            address_line_2 = UNSET
        else:
            address_line_2 = self.address_line_2

        postal_code: None | str | Unset
        if isinstance(self.postal_code, Unset):
            postal_code = UNSET
        else:
            postal_code = self.postal_code

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        bank_number: None | str | Unset
        if isinstance(self.bank_number, Unset):
            bank_number = UNSET
        else:
            bank_number = self.bank_number

        swift_bic: None | str | Unset
        if isinstance(self.swift_bic, Unset):
            swift_bic = UNSET
        else:
            swift_bic = self.swift_bic

        bank_number_format: None | str | Unset
        if isinstance(self.bank_number_format, Unset):
            bank_number_format = UNSET
        elif isinstance(self.bank_number_format, EmployeesEmployeeBankNumberFormat):
            bank_number_format = self.bank_number_format.value
        else:
            bank_number_format = self.bank_number_format

        legal_entity_id: None | str | Unset
        if isinstance(self.legal_entity_id, Unset):
            legal_entity_id = UNSET
        else:
            legal_entity_id = self.legal_entity_id

        default_work_area_id: None | str | Unset
        if isinstance(self.default_work_area_id, Unset):
            default_work_area_id = UNSET
        else:
            default_work_area_id = self.default_work_area_id

        social_security_number: None | str | Unset
        if isinstance(self.social_security_number, Unset):
            social_security_number = UNSET
        else:
            social_security_number = self.social_security_number

        terminated_on: None | str | Unset
        if isinstance(self.terminated_on, Unset):
            terminated_on = UNSET
        else:
            terminated_on = self.terminated_on

        termination_reason_type: None | str | Unset
        if isinstance(self.termination_reason_type, Unset):
            termination_reason_type = UNSET
        else:
            termination_reason_type = self.termination_reason_type

        termination_reason: None | str | Unset
        if isinstance(self.termination_reason, Unset):
            termination_reason = UNSET
        else:
            termination_reason = self.termination_reason

        termination_observations: None | str | Unset
        if isinstance(self.termination_observations, Unset):
            termination_observations = UNSET
        else:
            termination_observations = self.termination_observations

        manager_id: None | str | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        else:
            manager_id = self.manager_id

        timeoff_manager_id: None | str | Unset
        if isinstance(self.timeoff_manager_id, Unset):
            timeoff_manager_id = UNSET
        else:
            timeoff_manager_id = self.timeoff_manager_id

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        company_identifier: None | str | Unset
        if isinstance(self.company_identifier, Unset):
            company_identifier = UNSET
        else:
            company_identifier = self.company_identifier

        age_number: int | None | Unset
        if isinstance(self.age_number, Unset):
            age_number = UNSET
        else:
            age_number = self.age_number

        termination_type_description: None | str | Unset
        if isinstance(self.termination_type_description, Unset):
            termination_type_description = UNSET
        else:
            termination_type_description = self.termination_type_description

        contact_name: None | str | Unset
        if isinstance(self.contact_name, Unset):
            contact_name = UNSET
        else:
            contact_name = self.contact_name

        contact_number: None | str | Unset
        if isinstance(self.contact_number, Unset):
            contact_number = UNSET
        else:
            contact_number = self.contact_number

        personal_email: None | str | Unset
        if isinstance(self.personal_email, Unset):
            personal_email = UNSET
        else:
            personal_email = self.personal_email

        seniority_calculation_date: None | str | Unset
        if isinstance(self.seniority_calculation_date, Unset):
            seniority_calculation_date = UNSET
        else:
            seniority_calculation_date = self.seniority_calculation_date

        communications_email: None | str | Unset
        if isinstance(self.communications_email, Unset):
            communications_email = UNSET
        else:
            communications_email = self.communications_email

        unconfirmed_communications_email: None | str | Unset
        if isinstance(self.unconfirmed_communications_email, Unset):
            unconfirmed_communications_email = UNSET
        else:
            unconfirmed_communications_email = self.unconfirmed_communications_email

        pronouns: None | str | Unset
        if isinstance(self.pronouns, Unset):
            pronouns = UNSET
        else:
            pronouns = self.pronouns

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        disability_percentage_cents: int | None | Unset
        if isinstance(self.disability_percentage_cents, Unset):
            disability_percentage_cents = UNSET
        else:
            disability_percentage_cents = self.disability_percentage_cents

        identifier_expiration_date: None | str | Unset
        if isinstance(self.identifier_expiration_date, Unset):
            identifier_expiration_date = UNSET
        else:
            identifier_expiration_date = self.identifier_expiration_date

        country_of_birth: None | str | Unset
        if isinstance(self.country_of_birth, Unset):
            country_of_birth = UNSET
        else:
            country_of_birth = self.country_of_birth

        birthplace: None | str | Unset
        if isinstance(self.birthplace, Unset):
            birthplace = UNSET
        else:
            birthplace = self.birthplace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "access_id": access_id,
                "first_name": first_name,
                "last_name": last_name,
                "full_name": full_name,
                "company_id": company_id,
                "location_id": location_id,
                "created_at": created_at,
                "updated_at": updated_at,
                "is_terminating": is_terminating,
                "attendable": attendable,
            }
        )
        if preferred_name is not UNSET:
            field_dict["preferred_name"] = preferred_name
        if birth_name is not UNSET:
            field_dict["birth_name"] = birth_name
        if gender is not UNSET:
            field_dict["gender"] = gender
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if identifier_type is not UNSET:
            field_dict["identifier_type"] = identifier_type
        if email is not UNSET:
            field_dict["email"] = email
        if login_email is not UNSET:
            field_dict["login_email"] = login_email
        if birthday_on is not UNSET:
            field_dict["birthday_on"] = birthday_on
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if address_line_1 is not UNSET:
            field_dict["address_line_1"] = address_line_1
        if address_line_2 is not UNSET:
            field_dict["address_line_2"] = address_line_2
        if postal_code is not UNSET:
            field_dict["postal_code"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if bank_number is not UNSET:
            field_dict["bank_number"] = bank_number
        if swift_bic is not UNSET:
            field_dict["swift_bic"] = swift_bic
        if bank_number_format is not UNSET:
            field_dict["bank_number_format"] = bank_number_format
        if legal_entity_id is not UNSET:
            field_dict["legal_entity_id"] = legal_entity_id
        if default_work_area_id is not UNSET:
            field_dict["default_work_area_id"] = default_work_area_id
        if social_security_number is not UNSET:
            field_dict["social_security_number"] = social_security_number
        if terminated_on is not UNSET:
            field_dict["terminated_on"] = terminated_on
        if termination_reason_type is not UNSET:
            field_dict["termination_reason_type"] = termination_reason_type
        if termination_reason is not UNSET:
            field_dict["termination_reason"] = termination_reason
        if termination_observations is not UNSET:
            field_dict["termination_observations"] = termination_observations
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if timeoff_manager_id is not UNSET:
            field_dict["timeoff_manager_id"] = timeoff_manager_id
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if company_identifier is not UNSET:
            field_dict["company_identifier"] = company_identifier
        if age_number is not UNSET:
            field_dict["age_number"] = age_number
        if termination_type_description is not UNSET:
            field_dict["termination_type_description"] = termination_type_description
        if contact_name is not UNSET:
            field_dict["contact_name"] = contact_name
        if contact_number is not UNSET:
            field_dict["contact_number"] = contact_number
        if personal_email is not UNSET:
            field_dict["personal_email"] = personal_email
        if seniority_calculation_date is not UNSET:
            field_dict["seniority_calculation_date"] = seniority_calculation_date
        if communications_email is not UNSET:
            field_dict["communications_email"] = communications_email
        if unconfirmed_communications_email is not UNSET:
            field_dict["unconfirmed_communications_email"] = unconfirmed_communications_email
        if pronouns is not UNSET:
            field_dict["pronouns"] = pronouns
        if active is not UNSET:
            field_dict["active"] = active
        if disability_percentage_cents is not UNSET:
            field_dict["disability_percentage_cents"] = disability_percentage_cents
        if identifier_expiration_date is not UNSET:
            field_dict["identifier_expiration_date"] = identifier_expiration_date
        if country_of_birth is not UNSET:
            field_dict["country_of_birth"] = country_of_birth
        if birthplace is not UNSET:
            field_dict["birthplace"] = birthplace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_access_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        access_id = _parse_access_id(pop_required(d, "access_id", cls))

        def _parse_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_name = _parse_first_name(pop_required(d, "first_name", cls))

        def _parse_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_name = _parse_last_name(pop_required(d, "last_name", cls))

        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(pop_required(d, "full_name", cls))

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(pop_required(d, "company_id", cls))

        def _parse_location_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_id = _parse_location_id(pop_required(d, "location_id", cls))

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(pop_required(d, "created_at", cls))

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(pop_required(d, "updated_at", cls))

        def _parse_is_terminating(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        is_terminating = _parse_is_terminating(pop_required(d, "is_terminating", cls))

        def _parse_attendable(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        attendable = _parse_attendable(pop_required(d, "attendable", cls))

        def _parse_preferred_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_name = _parse_preferred_name(d.pop("preferred_name", UNSET))

        def _parse_birth_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_name = _parse_birth_name(d.pop("birth_name", UNSET))

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        def _parse_identifier_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier_type = _parse_identifier_type(d.pop("identifier_type", UNSET))

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

        def _parse_birthday_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthday_on = _parse_birthday_on(d.pop("birthday_on", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_address_line_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_1 = _parse_address_line_1(d.pop("address_line_1", UNSET))

        def _parse_address_line_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_line_2 = _parse_address_line_2(d.pop("address_line_2", UNSET))

        def _parse_postal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postal_code = _parse_postal_code(d.pop("postal_code", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_bank_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_number = _parse_bank_number(d.pop("bank_number", UNSET))

        def _parse_swift_bic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swift_bic = _parse_swift_bic(d.pop("swift_bic", UNSET))

        def _parse_bank_number_format(data: object) -> EmployeesEmployeeBankNumberFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bank_number_format_type_1 = EmployeesEmployeeBankNumberFormat(data)

                return bank_number_format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmployeesEmployeeBankNumberFormat | None | Unset, data)

        bank_number_format = _parse_bank_number_format(d.pop("bank_number_format", UNSET))

        def _parse_legal_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_entity_id = _parse_legal_entity_id(d.pop("legal_entity_id", UNSET))

        def _parse_default_work_area_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_work_area_id = _parse_default_work_area_id(d.pop("default_work_area_id", UNSET))

        def _parse_social_security_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        social_security_number = _parse_social_security_number(d.pop("social_security_number", UNSET))

        def _parse_terminated_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terminated_on = _parse_terminated_on(d.pop("terminated_on", UNSET))

        def _parse_termination_reason_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        termination_reason_type = _parse_termination_reason_type(d.pop("termination_reason_type", UNSET))

        def _parse_termination_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        termination_reason = _parse_termination_reason(d.pop("termination_reason", UNSET))

        def _parse_termination_observations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        termination_observations = _parse_termination_observations(d.pop("termination_observations", UNSET))

        def _parse_manager_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manager_id = _parse_manager_id(d.pop("manager_id", UNSET))

        def _parse_timeoff_manager_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timeoff_manager_id = _parse_timeoff_manager_id(d.pop("timeoff_manager_id", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("phone_number", UNSET))

        def _parse_company_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_identifier = _parse_company_identifier(d.pop("company_identifier", UNSET))

        def _parse_age_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        age_number = _parse_age_number(d.pop("age_number", UNSET))

        def _parse_termination_type_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        termination_type_description = _parse_termination_type_description(d.pop("termination_type_description", UNSET))

        def _parse_contact_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_name = _parse_contact_name(d.pop("contact_name", UNSET))

        def _parse_contact_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_number = _parse_contact_number(d.pop("contact_number", UNSET))

        def _parse_personal_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_email = _parse_personal_email(d.pop("personal_email", UNSET))

        def _parse_seniority_calculation_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        seniority_calculation_date = _parse_seniority_calculation_date(d.pop("seniority_calculation_date", UNSET))

        def _parse_communications_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        communications_email = _parse_communications_email(d.pop("communications_email", UNSET))

        def _parse_unconfirmed_communications_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unconfirmed_communications_email = _parse_unconfirmed_communications_email(
            d.pop("unconfirmed_communications_email", UNSET)
        )

        def _parse_pronouns(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pronouns = _parse_pronouns(d.pop("pronouns", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_disability_percentage_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        disability_percentage_cents = _parse_disability_percentage_cents(d.pop("disability_percentage_cents", UNSET))

        def _parse_identifier_expiration_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier_expiration_date = _parse_identifier_expiration_date(d.pop("identifier_expiration_date", UNSET))

        def _parse_country_of_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_of_birth = _parse_country_of_birth(d.pop("country_of_birth", UNSET))

        def _parse_birthplace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birthplace = _parse_birthplace(d.pop("birthplace", UNSET))

        employees_employee = cls(
            id=id,
            access_id=access_id,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            company_id=company_id,
            location_id=location_id,
            created_at=created_at,
            updated_at=updated_at,
            is_terminating=is_terminating,
            attendable=attendable,
            preferred_name=preferred_name,
            birth_name=birth_name,
            gender=gender,
            identifier=identifier,
            identifier_type=identifier_type,
            email=email,
            login_email=login_email,
            birthday_on=birthday_on,
            nationality=nationality,
            address_line_1=address_line_1,
            address_line_2=address_line_2,
            postal_code=postal_code,
            city=city,
            state=state,
            country=country,
            bank_number=bank_number,
            swift_bic=swift_bic,
            bank_number_format=bank_number_format,
            legal_entity_id=legal_entity_id,
            default_work_area_id=default_work_area_id,
            social_security_number=social_security_number,
            terminated_on=terminated_on,
            termination_reason_type=termination_reason_type,
            termination_reason=termination_reason,
            termination_observations=termination_observations,
            manager_id=manager_id,
            timeoff_manager_id=timeoff_manager_id,
            phone_number=phone_number,
            company_identifier=company_identifier,
            age_number=age_number,
            termination_type_description=termination_type_description,
            contact_name=contact_name,
            contact_number=contact_number,
            personal_email=personal_email,
            seniority_calculation_date=seniority_calculation_date,
            communications_email=communications_email,
            unconfirmed_communications_email=unconfirmed_communications_email,
            pronouns=pronouns,
            active=active,
            disability_percentage_cents=disability_percentage_cents,
            identifier_expiration_date=identifier_expiration_date,
            country_of_birth=country_of_birth,
            birthplace=birthplace,
        )

        employees_employee.additional_properties = d
        return employees_employee

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
