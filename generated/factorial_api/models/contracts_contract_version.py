from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.contracts_contract_version_annual_working_time_distribution import (
    ContractsContractVersionAnnualWorkingTimeDistribution,
)
from ..models.contracts_contract_version_bank_holiday_treatment import ContractsContractVersionBankHolidayTreatment
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contracts_contract_version_version_data import ContractsContractVersionVersionData


T = TypeVar("T", bound="ContractsContractVersion")


@_attrs_define
class ContractsContractVersion:
    """The terms of an employee's contract from `effective_on` on. Fields prefixed `es_`, `fr_`, `de_`, `pt_` only apply in
    that country.

        Attributes:
            company_id (None | str):
            employee_id (None | str):
            effective_on (None | str):
            has_payroll (bool | None):
            bank_holiday_treatment (ContractsContractVersionBankHolidayTreatment | None):
            created_at (None | str):
            updated_at (None | str):
            fr_forfait_jours (bool | None):
            id (None | str | Unset):
            country (None | str | Unset):
            job_title (None | str | Unset):
            job_catalog_level_id (None | str | Unset):
            job_catalog_tree_node_uuid (None | str | Unset):
            starts_on (None | str | Unset):
            ends_on (None | str | Unset):
            has_trial_period (bool | None | Unset):
            trial_period_ends_on (None | str | Unset):
            salary_amount (int | None | Unset):
            salary_frequency (None | str | Unset):
            working_week_days (None | str | Unset):
            working_hours (int | None | Unset):
            working_hours_frequency (None | str | Unset):
            max_legal_yearly_hours (int | None | Unset):
            maximum_weekly_hours (int | None | Unset):
            working_time_percentage_in_cents (int | None | Unset):
            annual_working_time_distribution (ContractsContractVersionAnnualWorkingTimeDistribution | None | Unset):
            version_data (ContractsContractVersionVersionData | None | Unset): Country-specific contract details.
            min_rest_minutes_between_days (int | None | Unset):
            max_work_minutes_per_day (int | None | Unset):
            max_work_days_in_row (int | None | Unset):
            min_rest_hours_in_row (int | None | Unset):
            es_has_teleworking_contract (bool | None | Unset):
            es_cotization_group (int | None | Unset):
            contracts_es_tariff_group_id (None | str | Unset):
            es_contract_observations (None | str | Unset):
            es_job_description (None | str | Unset):
            es_contract_type_id (None | str | Unset):
            es_working_day_type_id (None | str | Unset):
            es_education_level_id (None | str | Unset):
            es_professional_category_id (None | str | Unset):
            fr_employee_type (None | str | Unset):
            fr_jours_par_an (int | None | Unset):
            fr_coefficient (None | str | Unset):
            fr_contract_type_id (None | str | Unset):
            fr_level_id (None | str | Unset):
            fr_step_id (None | str | Unset):
            fr_mutual_id (None | str | Unset):
            fr_professional_category_id (None | str | Unset):
            fr_work_type_id (None | str | Unset):
            de_contract_type_id (None | str | Unset):
            de_base_salary_type_id (None | str | Unset):
            pt_contract_type_id (None | str | Unset):
    """

    company_id: None | str
    employee_id: None | str
    effective_on: None | str
    has_payroll: bool | None
    bank_holiday_treatment: ContractsContractVersionBankHolidayTreatment | None
    created_at: None | str
    updated_at: None | str
    fr_forfait_jours: bool | None
    id: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    job_title: None | str | Unset = UNSET
    job_catalog_level_id: None | str | Unset = UNSET
    job_catalog_tree_node_uuid: None | str | Unset = UNSET
    starts_on: None | str | Unset = UNSET
    ends_on: None | str | Unset = UNSET
    has_trial_period: bool | None | Unset = UNSET
    trial_period_ends_on: None | str | Unset = UNSET
    salary_amount: int | None | Unset = UNSET
    salary_frequency: None | str | Unset = UNSET
    working_week_days: None | str | Unset = UNSET
    working_hours: int | None | Unset = UNSET
    working_hours_frequency: None | str | Unset = UNSET
    max_legal_yearly_hours: int | None | Unset = UNSET
    maximum_weekly_hours: int | None | Unset = UNSET
    working_time_percentage_in_cents: int | None | Unset = UNSET
    annual_working_time_distribution: ContractsContractVersionAnnualWorkingTimeDistribution | None | Unset = UNSET
    version_data: ContractsContractVersionVersionData | None | Unset = UNSET
    min_rest_minutes_between_days: int | None | Unset = UNSET
    max_work_minutes_per_day: int | None | Unset = UNSET
    max_work_days_in_row: int | None | Unset = UNSET
    min_rest_hours_in_row: int | None | Unset = UNSET
    es_has_teleworking_contract: bool | None | Unset = UNSET
    es_cotization_group: int | None | Unset = UNSET
    contracts_es_tariff_group_id: None | str | Unset = UNSET
    es_contract_observations: None | str | Unset = UNSET
    es_job_description: None | str | Unset = UNSET
    es_contract_type_id: None | str | Unset = UNSET
    es_working_day_type_id: None | str | Unset = UNSET
    es_education_level_id: None | str | Unset = UNSET
    es_professional_category_id: None | str | Unset = UNSET
    fr_employee_type: None | str | Unset = UNSET
    fr_jours_par_an: int | None | Unset = UNSET
    fr_coefficient: None | str | Unset = UNSET
    fr_contract_type_id: None | str | Unset = UNSET
    fr_level_id: None | str | Unset = UNSET
    fr_step_id: None | str | Unset = UNSET
    fr_mutual_id: None | str | Unset = UNSET
    fr_professional_category_id: None | str | Unset = UNSET
    fr_work_type_id: None | str | Unset = UNSET
    de_contract_type_id: None | str | Unset = UNSET
    de_base_salary_type_id: None | str | Unset = UNSET
    pt_contract_type_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contracts_contract_version_version_data import ContractsContractVersionVersionData

        company_id: None | str
        company_id = self.company_id

        employee_id: None | str
        employee_id = self.employee_id

        effective_on: None | str
        effective_on = self.effective_on

        has_payroll: bool | None
        has_payroll = self.has_payroll

        bank_holiday_treatment: None | str
        if isinstance(self.bank_holiday_treatment, ContractsContractVersionBankHolidayTreatment):
            bank_holiday_treatment = self.bank_holiday_treatment.value
        else:
            bank_holiday_treatment = self.bank_holiday_treatment

        created_at: None | str
        created_at = self.created_at

        updated_at: None | str
        updated_at = self.updated_at

        fr_forfait_jours: bool | None
        fr_forfait_jours = self.fr_forfait_jours

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        job_title: None | str | Unset
        if isinstance(self.job_title, Unset):
            job_title = UNSET
        else:
            job_title = self.job_title

        job_catalog_level_id: None | str | Unset
        if isinstance(self.job_catalog_level_id, Unset):
            job_catalog_level_id = UNSET
        else:
            job_catalog_level_id = self.job_catalog_level_id

        job_catalog_tree_node_uuid: None | str | Unset
        if isinstance(self.job_catalog_tree_node_uuid, Unset):
            job_catalog_tree_node_uuid = UNSET
        else:
            job_catalog_tree_node_uuid = self.job_catalog_tree_node_uuid

        starts_on: None | str | Unset
        if isinstance(self.starts_on, Unset):
            starts_on = UNSET
        else:
            starts_on = self.starts_on

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        else:
            ends_on = self.ends_on

        has_trial_period: bool | None | Unset
        if isinstance(self.has_trial_period, Unset):
            has_trial_period = UNSET
        else:
            has_trial_period = self.has_trial_period

        trial_period_ends_on: None | str | Unset
        if isinstance(self.trial_period_ends_on, Unset):
            trial_period_ends_on = UNSET
        else:
            trial_period_ends_on = self.trial_period_ends_on

        salary_amount: int | None | Unset
        if isinstance(self.salary_amount, Unset):
            salary_amount = UNSET
        else:
            salary_amount = self.salary_amount

        salary_frequency: None | str | Unset
        if isinstance(self.salary_frequency, Unset):
            salary_frequency = UNSET
        else:
            salary_frequency = self.salary_frequency

        working_week_days: None | str | Unset
        if isinstance(self.working_week_days, Unset):
            working_week_days = UNSET
        else:
            working_week_days = self.working_week_days

        working_hours: int | None | Unset
        if isinstance(self.working_hours, Unset):
            working_hours = UNSET
        else:
            working_hours = self.working_hours

        working_hours_frequency: None | str | Unset
        if isinstance(self.working_hours_frequency, Unset):
            working_hours_frequency = UNSET
        else:
            working_hours_frequency = self.working_hours_frequency

        max_legal_yearly_hours: int | None | Unset
        if isinstance(self.max_legal_yearly_hours, Unset):
            max_legal_yearly_hours = UNSET
        else:
            max_legal_yearly_hours = self.max_legal_yearly_hours

        maximum_weekly_hours: int | None | Unset
        if isinstance(self.maximum_weekly_hours, Unset):
            maximum_weekly_hours = UNSET
        else:
            maximum_weekly_hours = self.maximum_weekly_hours

        working_time_percentage_in_cents: int | None | Unset
        if isinstance(self.working_time_percentage_in_cents, Unset):
            working_time_percentage_in_cents = UNSET
        else:
            working_time_percentage_in_cents = self.working_time_percentage_in_cents

        annual_working_time_distribution: None | str | Unset
        if isinstance(self.annual_working_time_distribution, Unset):
            annual_working_time_distribution = UNSET
        elif isinstance(self.annual_working_time_distribution, ContractsContractVersionAnnualWorkingTimeDistribution):
            annual_working_time_distribution = self.annual_working_time_distribution.value
        else:
            annual_working_time_distribution = self.annual_working_time_distribution

        version_data: dict[str, Any] | None | Unset
        if isinstance(self.version_data, Unset):
            version_data = UNSET
        elif isinstance(self.version_data, ContractsContractVersionVersionData):
            version_data = self.version_data.to_dict()
        else:
            version_data = self.version_data

        min_rest_minutes_between_days: int | None | Unset
        if isinstance(self.min_rest_minutes_between_days, Unset):
            min_rest_minutes_between_days = UNSET
        else:
            min_rest_minutes_between_days = self.min_rest_minutes_between_days

        max_work_minutes_per_day: int | None | Unset
        if isinstance(self.max_work_minutes_per_day, Unset):
            max_work_minutes_per_day = UNSET
        else:
            max_work_minutes_per_day = self.max_work_minutes_per_day

        max_work_days_in_row: int | None | Unset
        if isinstance(self.max_work_days_in_row, Unset):
            max_work_days_in_row = UNSET
        else:
            max_work_days_in_row = self.max_work_days_in_row

        min_rest_hours_in_row: int | None | Unset
        if isinstance(self.min_rest_hours_in_row, Unset):
            min_rest_hours_in_row = UNSET
        else:
            min_rest_hours_in_row = self.min_rest_hours_in_row

        es_has_teleworking_contract: bool | None | Unset
        if isinstance(self.es_has_teleworking_contract, Unset):
            es_has_teleworking_contract = UNSET
        else:
            es_has_teleworking_contract = self.es_has_teleworking_contract

        es_cotization_group: int | None | Unset
        if isinstance(self.es_cotization_group, Unset):
            es_cotization_group = UNSET
        else:
            es_cotization_group = self.es_cotization_group

        contracts_es_tariff_group_id: None | str | Unset
        if isinstance(self.contracts_es_tariff_group_id, Unset):
            contracts_es_tariff_group_id = UNSET
        else:
            contracts_es_tariff_group_id = self.contracts_es_tariff_group_id

        es_contract_observations: None | str | Unset
        if isinstance(self.es_contract_observations, Unset):
            es_contract_observations = UNSET
        else:
            es_contract_observations = self.es_contract_observations

        es_job_description: None | str | Unset
        if isinstance(self.es_job_description, Unset):
            es_job_description = UNSET
        else:
            es_job_description = self.es_job_description

        es_contract_type_id: None | str | Unset
        if isinstance(self.es_contract_type_id, Unset):
            es_contract_type_id = UNSET
        else:
            es_contract_type_id = self.es_contract_type_id

        es_working_day_type_id: None | str | Unset
        if isinstance(self.es_working_day_type_id, Unset):
            es_working_day_type_id = UNSET
        else:
            es_working_day_type_id = self.es_working_day_type_id

        es_education_level_id: None | str | Unset
        if isinstance(self.es_education_level_id, Unset):
            es_education_level_id = UNSET
        else:
            es_education_level_id = self.es_education_level_id

        es_professional_category_id: None | str | Unset
        if isinstance(self.es_professional_category_id, Unset):
            es_professional_category_id = UNSET
        else:
            es_professional_category_id = self.es_professional_category_id

        fr_employee_type: None | str | Unset
        if isinstance(self.fr_employee_type, Unset):
            fr_employee_type = UNSET
        else:
            fr_employee_type = self.fr_employee_type

        fr_jours_par_an: int | None | Unset
        if isinstance(self.fr_jours_par_an, Unset):
            fr_jours_par_an = UNSET
        else:
            fr_jours_par_an = self.fr_jours_par_an

        fr_coefficient: None | str | Unset
        if isinstance(self.fr_coefficient, Unset):
            fr_coefficient = UNSET
        else:
            fr_coefficient = self.fr_coefficient

        fr_contract_type_id: None | str | Unset
        if isinstance(self.fr_contract_type_id, Unset):
            fr_contract_type_id = UNSET
        else:
            fr_contract_type_id = self.fr_contract_type_id

        fr_level_id: None | str | Unset
        if isinstance(self.fr_level_id, Unset):
            fr_level_id = UNSET
        else:
            fr_level_id = self.fr_level_id

        fr_step_id: None | str | Unset
        if isinstance(self.fr_step_id, Unset):
            fr_step_id = UNSET
        else:
            fr_step_id = self.fr_step_id

        fr_mutual_id: None | str | Unset
        if isinstance(self.fr_mutual_id, Unset):
            fr_mutual_id = UNSET
        else:
            fr_mutual_id = self.fr_mutual_id

        fr_professional_category_id: None | str | Unset
        if isinstance(self.fr_professional_category_id, Unset):
            fr_professional_category_id = UNSET
        else:
            fr_professional_category_id = self.fr_professional_category_id

        fr_work_type_id: None | str | Unset
        if isinstance(self.fr_work_type_id, Unset):
            fr_work_type_id = UNSET
        else:
            fr_work_type_id = self.fr_work_type_id

        de_contract_type_id: None | str | Unset
        if isinstance(self.de_contract_type_id, Unset):
            de_contract_type_id = UNSET
        else:
            de_contract_type_id = self.de_contract_type_id

        de_base_salary_type_id: None | str | Unset
        if isinstance(self.de_base_salary_type_id, Unset):
            de_base_salary_type_id = UNSET
        else:
            de_base_salary_type_id = self.de_base_salary_type_id

        pt_contract_type_id: None | str | Unset
        if isinstance(self.pt_contract_type_id, Unset):
            pt_contract_type_id = UNSET
        else:
            pt_contract_type_id = self.pt_contract_type_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "employee_id": employee_id,
                "effective_on": effective_on,
                "has_payroll": has_payroll,
                "bank_holiday_treatment": bank_holiday_treatment,
                "created_at": created_at,
                "updated_at": updated_at,
                "fr_forfait_jours": fr_forfait_jours,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if country is not UNSET:
            field_dict["country"] = country
        if job_title is not UNSET:
            field_dict["job_title"] = job_title
        if job_catalog_level_id is not UNSET:
            field_dict["job_catalog_level_id"] = job_catalog_level_id
        if job_catalog_tree_node_uuid is not UNSET:
            field_dict["job_catalog_tree_node_uuid"] = job_catalog_tree_node_uuid
        if starts_on is not UNSET:
            field_dict["starts_on"] = starts_on
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if has_trial_period is not UNSET:
            field_dict["has_trial_period"] = has_trial_period
        if trial_period_ends_on is not UNSET:
            field_dict["trial_period_ends_on"] = trial_period_ends_on
        if salary_amount is not UNSET:
            field_dict["salary_amount"] = salary_amount
        if salary_frequency is not UNSET:
            field_dict["salary_frequency"] = salary_frequency
        if working_week_days is not UNSET:
            field_dict["working_week_days"] = working_week_days
        if working_hours is not UNSET:
            field_dict["working_hours"] = working_hours
        if working_hours_frequency is not UNSET:
            field_dict["working_hours_frequency"] = working_hours_frequency
        if max_legal_yearly_hours is not UNSET:
            field_dict["max_legal_yearly_hours"] = max_legal_yearly_hours
        if maximum_weekly_hours is not UNSET:
            field_dict["maximum_weekly_hours"] = maximum_weekly_hours
        if working_time_percentage_in_cents is not UNSET:
            field_dict["working_time_percentage_in_cents"] = working_time_percentage_in_cents
        if annual_working_time_distribution is not UNSET:
            field_dict["annual_working_time_distribution"] = annual_working_time_distribution
        if version_data is not UNSET:
            field_dict["version_data"] = version_data
        if min_rest_minutes_between_days is not UNSET:
            field_dict["min_rest_minutes_between_days"] = min_rest_minutes_between_days
        if max_work_minutes_per_day is not UNSET:
            field_dict["max_work_minutes_per_day"] = max_work_minutes_per_day
        if max_work_days_in_row is not UNSET:
            field_dict["max_work_days_in_row"] = max_work_days_in_row
        if min_rest_hours_in_row is not UNSET:
            field_dict["min_rest_hours_in_row"] = min_rest_hours_in_row
        if es_has_teleworking_contract is not UNSET:
            field_dict["es_has_teleworking_contract"] = es_has_teleworking_contract
        if es_cotization_group is not UNSET:
            field_dict["es_cotization_group"] = es_cotization_group
        if contracts_es_tariff_group_id is not UNSET:
            field_dict["contracts_es_tariff_group_id"] = contracts_es_tariff_group_id
        if es_contract_observations is not UNSET:
            field_dict["es_contract_observations"] = es_contract_observations
        if es_job_description is not UNSET:
            field_dict["es_job_description"] = es_job_description
        if es_contract_type_id is not UNSET:
            field_dict["es_contract_type_id"] = es_contract_type_id
        if es_working_day_type_id is not UNSET:
            field_dict["es_working_day_type_id"] = es_working_day_type_id
        if es_education_level_id is not UNSET:
            field_dict["es_education_level_id"] = es_education_level_id
        if es_professional_category_id is not UNSET:
            field_dict["es_professional_category_id"] = es_professional_category_id
        if fr_employee_type is not UNSET:
            field_dict["fr_employee_type"] = fr_employee_type
        if fr_jours_par_an is not UNSET:
            field_dict["fr_jours_par_an"] = fr_jours_par_an
        if fr_coefficient is not UNSET:
            field_dict["fr_coefficient"] = fr_coefficient
        if fr_contract_type_id is not UNSET:
            field_dict["fr_contract_type_id"] = fr_contract_type_id
        if fr_level_id is not UNSET:
            field_dict["fr_level_id"] = fr_level_id
        if fr_step_id is not UNSET:
            field_dict["fr_step_id"] = fr_step_id
        if fr_mutual_id is not UNSET:
            field_dict["fr_mutual_id"] = fr_mutual_id
        if fr_professional_category_id is not UNSET:
            field_dict["fr_professional_category_id"] = fr_professional_category_id
        if fr_work_type_id is not UNSET:
            field_dict["fr_work_type_id"] = fr_work_type_id
        if de_contract_type_id is not UNSET:
            field_dict["de_contract_type_id"] = de_contract_type_id
        if de_base_salary_type_id is not UNSET:
            field_dict["de_base_salary_type_id"] = de_base_salary_type_id
        if pt_contract_type_id is not UNSET:
            field_dict["pt_contract_type_id"] = pt_contract_type_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contracts_contract_version_version_data import ContractsContractVersionVersionData

        d = dict(src_dict)

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(pop_required(d, "company_id", cls))

        def _parse_employee_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_id = _parse_employee_id(pop_required(d, "employee_id", cls))

        def _parse_effective_on(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        effective_on = _parse_effective_on(pop_required(d, "effective_on", cls))

        def _parse_has_payroll(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        has_payroll = _parse_has_payroll(pop_required(d, "has_payroll", cls))

        def _parse_bank_holiday_treatment(data: object) -> ContractsContractVersionBankHolidayTreatment | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                bank_holiday_treatment_type_1 = ContractsContractVersionBankHolidayTreatment(data)

                return bank_holiday_treatment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractsContractVersionBankHolidayTreatment | None, data)

        bank_holiday_treatment = _parse_bank_holiday_treatment(pop_required(d, "bank_holiday_treatment", cls))

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

        def _parse_fr_forfait_jours(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        fr_forfait_jours = _parse_fr_forfait_jours(pop_required(d, "fr_forfait_jours", cls))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_job_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_title = _parse_job_title(d.pop("job_title", UNSET))

        def _parse_job_catalog_level_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_catalog_level_id = _parse_job_catalog_level_id(d.pop("job_catalog_level_id", UNSET))

        def _parse_job_catalog_tree_node_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        job_catalog_tree_node_uuid = _parse_job_catalog_tree_node_uuid(d.pop("job_catalog_tree_node_uuid", UNSET))

        def _parse_starts_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        starts_on = _parse_starts_on(d.pop("starts_on", UNSET))

        def _parse_ends_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))

        def _parse_has_trial_period(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_trial_period = _parse_has_trial_period(d.pop("has_trial_period", UNSET))

        def _parse_trial_period_ends_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trial_period_ends_on = _parse_trial_period_ends_on(d.pop("trial_period_ends_on", UNSET))

        def _parse_salary_amount(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        salary_amount = _parse_salary_amount(d.pop("salary_amount", UNSET))

        def _parse_salary_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        salary_frequency = _parse_salary_frequency(d.pop("salary_frequency", UNSET))

        def _parse_working_week_days(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        working_week_days = _parse_working_week_days(d.pop("working_week_days", UNSET))

        def _parse_working_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        working_hours = _parse_working_hours(d.pop("working_hours", UNSET))

        def _parse_working_hours_frequency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        working_hours_frequency = _parse_working_hours_frequency(d.pop("working_hours_frequency", UNSET))

        def _parse_max_legal_yearly_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_legal_yearly_hours = _parse_max_legal_yearly_hours(d.pop("max_legal_yearly_hours", UNSET))

        def _parse_maximum_weekly_hours(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_weekly_hours = _parse_maximum_weekly_hours(d.pop("maximum_weekly_hours", UNSET))

        def _parse_working_time_percentage_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        working_time_percentage_in_cents = _parse_working_time_percentage_in_cents(
            d.pop("working_time_percentage_in_cents", UNSET)
        )

        def _parse_annual_working_time_distribution(
            data: object,
        ) -> ContractsContractVersionAnnualWorkingTimeDistribution | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                annual_working_time_distribution_type_1 = ContractsContractVersionAnnualWorkingTimeDistribution(data)

                return annual_working_time_distribution_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractsContractVersionAnnualWorkingTimeDistribution | None | Unset, data)

        annual_working_time_distribution = _parse_annual_working_time_distribution(
            d.pop("annual_working_time_distribution", UNSET)
        )

        def _parse_version_data(data: object) -> ContractsContractVersionVersionData | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_data_type_0 = ContractsContractVersionVersionData.from_dict(data)

                return version_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractsContractVersionVersionData | None | Unset, data)

        version_data = _parse_version_data(d.pop("version_data", UNSET))

        def _parse_min_rest_minutes_between_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_rest_minutes_between_days = _parse_min_rest_minutes_between_days(
            d.pop("min_rest_minutes_between_days", UNSET)
        )

        def _parse_max_work_minutes_per_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_work_minutes_per_day = _parse_max_work_minutes_per_day(d.pop("max_work_minutes_per_day", UNSET))

        def _parse_max_work_days_in_row(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_work_days_in_row = _parse_max_work_days_in_row(d.pop("max_work_days_in_row", UNSET))

        def _parse_min_rest_hours_in_row(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_rest_hours_in_row = _parse_min_rest_hours_in_row(d.pop("min_rest_hours_in_row", UNSET))

        def _parse_es_has_teleworking_contract(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        es_has_teleworking_contract = _parse_es_has_teleworking_contract(d.pop("es_has_teleworking_contract", UNSET))

        def _parse_es_cotization_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        es_cotization_group = _parse_es_cotization_group(d.pop("es_cotization_group", UNSET))

        def _parse_contracts_es_tariff_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contracts_es_tariff_group_id = _parse_contracts_es_tariff_group_id(d.pop("contracts_es_tariff_group_id", UNSET))

        def _parse_es_contract_observations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        es_contract_observations = _parse_es_contract_observations(d.pop("es_contract_observations", UNSET))

        def _parse_es_job_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        es_job_description = _parse_es_job_description(d.pop("es_job_description", UNSET))

        def _parse_es_contract_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        es_contract_type_id = _parse_es_contract_type_id(d.pop("es_contract_type_id", UNSET))

        def _parse_es_working_day_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        es_working_day_type_id = _parse_es_working_day_type_id(d.pop("es_working_day_type_id", UNSET))

        def _parse_es_education_level_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        es_education_level_id = _parse_es_education_level_id(d.pop("es_education_level_id", UNSET))

        def _parse_es_professional_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        es_professional_category_id = _parse_es_professional_category_id(d.pop("es_professional_category_id", UNSET))

        def _parse_fr_employee_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr_employee_type = _parse_fr_employee_type(d.pop("fr_employee_type", UNSET))

        def _parse_fr_jours_par_an(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fr_jours_par_an = _parse_fr_jours_par_an(d.pop("fr_jours_par_an", UNSET))

        def _parse_fr_coefficient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr_coefficient = _parse_fr_coefficient(d.pop("fr_coefficient", UNSET))

        def _parse_fr_contract_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr_contract_type_id = _parse_fr_contract_type_id(d.pop("fr_contract_type_id", UNSET))

        def _parse_fr_level_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr_level_id = _parse_fr_level_id(d.pop("fr_level_id", UNSET))

        def _parse_fr_step_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr_step_id = _parse_fr_step_id(d.pop("fr_step_id", UNSET))

        def _parse_fr_mutual_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr_mutual_id = _parse_fr_mutual_id(d.pop("fr_mutual_id", UNSET))

        def _parse_fr_professional_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr_professional_category_id = _parse_fr_professional_category_id(d.pop("fr_professional_category_id", UNSET))

        def _parse_fr_work_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fr_work_type_id = _parse_fr_work_type_id(d.pop("fr_work_type_id", UNSET))

        def _parse_de_contract_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        de_contract_type_id = _parse_de_contract_type_id(d.pop("de_contract_type_id", UNSET))

        def _parse_de_base_salary_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        de_base_salary_type_id = _parse_de_base_salary_type_id(d.pop("de_base_salary_type_id", UNSET))

        def _parse_pt_contract_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pt_contract_type_id = _parse_pt_contract_type_id(d.pop("pt_contract_type_id", UNSET))

        contracts_contract_version = cls(
            company_id=company_id,
            employee_id=employee_id,
            effective_on=effective_on,
            has_payroll=has_payroll,
            bank_holiday_treatment=bank_holiday_treatment,
            created_at=created_at,
            updated_at=updated_at,
            fr_forfait_jours=fr_forfait_jours,
            id=id,
            country=country,
            job_title=job_title,
            job_catalog_level_id=job_catalog_level_id,
            job_catalog_tree_node_uuid=job_catalog_tree_node_uuid,
            starts_on=starts_on,
            ends_on=ends_on,
            has_trial_period=has_trial_period,
            trial_period_ends_on=trial_period_ends_on,
            salary_amount=salary_amount,
            salary_frequency=salary_frequency,
            working_week_days=working_week_days,
            working_hours=working_hours,
            working_hours_frequency=working_hours_frequency,
            max_legal_yearly_hours=max_legal_yearly_hours,
            maximum_weekly_hours=maximum_weekly_hours,
            working_time_percentage_in_cents=working_time_percentage_in_cents,
            annual_working_time_distribution=annual_working_time_distribution,
            version_data=version_data,
            min_rest_minutes_between_days=min_rest_minutes_between_days,
            max_work_minutes_per_day=max_work_minutes_per_day,
            max_work_days_in_row=max_work_days_in_row,
            min_rest_hours_in_row=min_rest_hours_in_row,
            es_has_teleworking_contract=es_has_teleworking_contract,
            es_cotization_group=es_cotization_group,
            contracts_es_tariff_group_id=contracts_es_tariff_group_id,
            es_contract_observations=es_contract_observations,
            es_job_description=es_job_description,
            es_contract_type_id=es_contract_type_id,
            es_working_day_type_id=es_working_day_type_id,
            es_education_level_id=es_education_level_id,
            es_professional_category_id=es_professional_category_id,
            fr_employee_type=fr_employee_type,
            fr_jours_par_an=fr_jours_par_an,
            fr_coefficient=fr_coefficient,
            fr_contract_type_id=fr_contract_type_id,
            fr_level_id=fr_level_id,
            fr_step_id=fr_step_id,
            fr_mutual_id=fr_mutual_id,
            fr_professional_category_id=fr_professional_category_id,
            fr_work_type_id=fr_work_type_id,
            de_contract_type_id=de_contract_type_id,
            de_base_salary_type_id=de_base_salary_type_id,
            pt_contract_type_id=pt_contract_type_id,
        )

        contracts_contract_version.additional_properties = d
        return contracts_contract_version

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
