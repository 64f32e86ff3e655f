"""Data models. Each loads on first use, so importing one endpoint does not import the whole API."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_public_create_webhook_subscription_body import ApiPublicCreateWebhookSubscriptionBody
    from .api_public_create_webhook_subscription_body_api_version import (
        ApiPublicCreateWebhookSubscriptionBodyApiVersion,
    )
    from .api_public_credential import ApiPublicCredential
    from .api_public_list_credentials_response import ApiPublicListCredentialsResponse
    from .api_public_list_webhook_subscriptions_response import ApiPublicListWebhookSubscriptionsResponse
    from .api_public_update_webhook_subscription_body import ApiPublicUpdateWebhookSubscriptionBody
    from .api_public_update_webhook_subscription_body_api_version import (
        ApiPublicUpdateWebhookSubscriptionBodyApiVersion,
    )
    from .api_public_webhook_subscription import ApiPublicWebhookSubscription
    from .attendance_break_end_shift_body import AttendanceBreakEndShiftBody
    from .attendance_break_start_shift_body import AttendanceBreakStartShiftBody
    from .attendance_clock_in_shift_body import AttendanceClockInShiftBody
    from .attendance_clock_in_shift_body_location_type import AttendanceClockInShiftBodyLocationType
    from .attendance_clock_out_shift_body import AttendanceClockOutShiftBody
    from .attendance_create_shift_body import AttendanceCreateShiftBody
    from .attendance_create_shift_body_location_type import AttendanceCreateShiftBodyLocationType
    from .attendance_create_shift_body_source import AttendanceCreateShiftBodySource
    from .attendance_list_shifts_response import AttendanceListShiftsResponse
    from .attendance_shift import AttendanceShift
    from .attendance_shift_half_day import AttendanceShiftHalfDay
    from .attendance_shift_location_type import AttendanceShiftLocationType
    from .attendance_update_shift_body import AttendanceUpdateShiftBody
    from .attendance_update_shift_body_location_type import AttendanceUpdateShiftBodyLocationType
    from .companies_legal_entity import CompaniesLegalEntity
    from .companies_list_legal_entities_response import CompaniesListLegalEntitiesResponse
    from .contracts_contract_version import ContractsContractVersion
    from .contracts_contract_version_annual_working_time_distribution import (
        ContractsContractVersionAnnualWorkingTimeDistribution,
    )
    from .contracts_contract_version_bank_holiday_treatment import ContractsContractVersionBankHolidayTreatment
    from .contracts_contract_version_version_data import ContractsContractVersionVersionData
    from .contracts_list_contract_versions_response import ContractsListContractVersionsResponse
    from .custom_fields_create_value_body import CustomFieldsCreateValueBody
    from .custom_fields_field import CustomFieldsField
    from .custom_fields_field_field_type import CustomFieldsFieldFieldType
    from .custom_fields_list_fields_response import CustomFieldsListFieldsResponse
    from .custom_fields_list_values_response import CustomFieldsListValuesResponse
    from .custom_fields_update_value_body import CustomFieldsUpdateValueBody
    from .custom_fields_value import CustomFieldsValue
    from .documents_document import DocumentsDocument
    from .documents_document_signature_status import DocumentsDocumentSignatureStatus
    from .documents_folder import DocumentsFolder
    from .documents_list_documents_response import DocumentsListDocumentsResponse
    from .documents_list_folders_response import DocumentsListFoldersResponse
    from .employees_create_with_contract_employee_body import EmployeesCreateWithContractEmployeeBody
    from .employees_create_with_contract_employee_body_contracts_annual_working_time_distribution import (
        EmployeesCreateWithContractEmployeeBodyContractsAnnualWorkingTimeDistribution,
    )
    from .employees_create_with_contract_employee_body_contracts_bank_holiday_treatment import (
        EmployeesCreateWithContractEmployeeBodyContractsBankHolidayTreatment,
    )
    from .employees_employee import EmployeesEmployee
    from .employees_employee_bank_number_format import EmployeesEmployeeBankNumberFormat
    from .employees_list_employees_response import EmployeesListEmployeesResponse
    from .employees_terminate_employee_body import EmployeesTerminateEmployeeBody
    from .employees_unterminate_employee_body import EmployeesUnterminateEmployeeBody
    from .employees_update_employee_body import EmployeesUpdateEmployeeBody
    from .holidays_company_holiday import HolidaysCompanyHoliday
    from .holidays_company_holiday_half_day import HolidaysCompanyHolidayHalfDay
    from .holidays_list_company_holidays_response import HolidaysListCompanyHolidaysResponse
    from .list_fields_field_type import ListFieldsFieldType
    from .locations_list_locations_response import LocationsListLocationsResponse
    from .locations_location import LocationsLocation
    from .paged_index_meta import PagedIndexMeta
    from .teams_create_membership_body import TeamsCreateMembershipBody
    from .teams_create_team_body import TeamsCreateTeamBody
    from .teams_list_memberships_response import TeamsListMembershipsResponse
    from .teams_list_teams_response import TeamsListTeamsResponse
    from .teams_membership import TeamsMembership
    from .teams_team import TeamsTeam
    from .teams_update_membership_body import TeamsUpdateMembershipBody
    from .timeoff_allowance import TimeoffAllowance
    from .timeoff_allowance_accrued_units_availability import TimeoffAllowanceAccruedUnitsAvailability
    from .timeoff_allowance_allowance_type import TimeoffAllowanceAllowanceType
    from .timeoff_allowance_available_days import TimeoffAllowanceAvailableDays
    from .timeoff_allowance_days_type import TimeoffAllowanceDaysType
    from .timeoff_allowance_frequency import TimeoffAllowanceFrequency
    from .timeoff_allowance_negative_counter_type import TimeoffAllowanceNegativeCounterType
    from .timeoff_allowance_proration_type import TimeoffAllowanceProrationType
    from .timeoff_allowance_range_type import TimeoffAllowanceRangeType
    from .timeoff_allowance_rounding import TimeoffAllowanceRounding
    from .timeoff_allowance_source_units import TimeoffAllowanceSourceUnits
    from .timeoff_allowance_tenure_period_transition import TimeoffAllowanceTenurePeriodTransition
    from .timeoff_create_leave_body import TimeoffCreateLeaveBody
    from .timeoff_leave import TimeoffLeave
    from .timeoff_leave_type import TimeoffLeaveType
    from .timeoff_list_allowances_response import TimeoffListAllowancesResponse
    from .timeoff_list_leave_types_response import TimeoffListLeaveTypesResponse
    from .timeoff_list_leaves_response import TimeoffListLeavesResponse
    from .timeoff_update_leave_body import TimeoffUpdateLeaveBody

_MODULES = {
    "ApiPublicCreateWebhookSubscriptionBody": ".api_public_create_webhook_subscription_body",
    "ApiPublicCreateWebhookSubscriptionBodyApiVersion": ".api_public_create_webhook_subscription_body_api_version",
    "ApiPublicCredential": ".api_public_credential",
    "ApiPublicListCredentialsResponse": ".api_public_list_credentials_response",
    "ApiPublicListWebhookSubscriptionsResponse": ".api_public_list_webhook_subscriptions_response",
    "ApiPublicUpdateWebhookSubscriptionBody": ".api_public_update_webhook_subscription_body",
    "ApiPublicUpdateWebhookSubscriptionBodyApiVersion": ".api_public_update_webhook_subscription_body_api_version",
    "ApiPublicWebhookSubscription": ".api_public_webhook_subscription",
    "AttendanceBreakEndShiftBody": ".attendance_break_end_shift_body",
    "AttendanceBreakStartShiftBody": ".attendance_break_start_shift_body",
    "AttendanceClockInShiftBody": ".attendance_clock_in_shift_body",
    "AttendanceClockInShiftBodyLocationType": ".attendance_clock_in_shift_body_location_type",
    "AttendanceClockOutShiftBody": ".attendance_clock_out_shift_body",
    "AttendanceCreateShiftBody": ".attendance_create_shift_body",
    "AttendanceCreateShiftBodyLocationType": ".attendance_create_shift_body_location_type",
    "AttendanceCreateShiftBodySource": ".attendance_create_shift_body_source",
    "AttendanceListShiftsResponse": ".attendance_list_shifts_response",
    "AttendanceShift": ".attendance_shift",
    "AttendanceShiftHalfDay": ".attendance_shift_half_day",
    "AttendanceShiftLocationType": ".attendance_shift_location_type",
    "AttendanceUpdateShiftBody": ".attendance_update_shift_body",
    "AttendanceUpdateShiftBodyLocationType": ".attendance_update_shift_body_location_type",
    "CompaniesLegalEntity": ".companies_legal_entity",
    "CompaniesListLegalEntitiesResponse": ".companies_list_legal_entities_response",
    "ContractsContractVersion": ".contracts_contract_version",
    "ContractsContractVersionAnnualWorkingTimeDistribution": ".contracts_contract_version_annual_working_time_distribution",
    "ContractsContractVersionBankHolidayTreatment": ".contracts_contract_version_bank_holiday_treatment",
    "ContractsContractVersionVersionData": ".contracts_contract_version_version_data",
    "ContractsListContractVersionsResponse": ".contracts_list_contract_versions_response",
    "CustomFieldsCreateValueBody": ".custom_fields_create_value_body",
    "CustomFieldsField": ".custom_fields_field",
    "CustomFieldsFieldFieldType": ".custom_fields_field_field_type",
    "CustomFieldsListFieldsResponse": ".custom_fields_list_fields_response",
    "CustomFieldsListValuesResponse": ".custom_fields_list_values_response",
    "CustomFieldsUpdateValueBody": ".custom_fields_update_value_body",
    "CustomFieldsValue": ".custom_fields_value",
    "DocumentsDocument": ".documents_document",
    "DocumentsDocumentSignatureStatus": ".documents_document_signature_status",
    "DocumentsFolder": ".documents_folder",
    "DocumentsListDocumentsResponse": ".documents_list_documents_response",
    "DocumentsListFoldersResponse": ".documents_list_folders_response",
    "EmployeesCreateWithContractEmployeeBody": ".employees_create_with_contract_employee_body",
    "EmployeesCreateWithContractEmployeeBodyContractsAnnualWorkingTimeDistribution": ".employees_create_with_contract_employee_body_contracts_annual_working_time_distribution",
    "EmployeesCreateWithContractEmployeeBodyContractsBankHolidayTreatment": ".employees_create_with_contract_employee_body_contracts_bank_holiday_treatment",
    "EmployeesEmployee": ".employees_employee",
    "EmployeesEmployeeBankNumberFormat": ".employees_employee_bank_number_format",
    "EmployeesListEmployeesResponse": ".employees_list_employees_response",
    "EmployeesTerminateEmployeeBody": ".employees_terminate_employee_body",
    "EmployeesUnterminateEmployeeBody": ".employees_unterminate_employee_body",
    "EmployeesUpdateEmployeeBody": ".employees_update_employee_body",
    "HolidaysCompanyHoliday": ".holidays_company_holiday",
    "HolidaysCompanyHolidayHalfDay": ".holidays_company_holiday_half_day",
    "HolidaysListCompanyHolidaysResponse": ".holidays_list_company_holidays_response",
    "ListFieldsFieldType": ".list_fields_field_type",
    "LocationsListLocationsResponse": ".locations_list_locations_response",
    "LocationsLocation": ".locations_location",
    "PagedIndexMeta": ".paged_index_meta",
    "TeamsCreateMembershipBody": ".teams_create_membership_body",
    "TeamsCreateTeamBody": ".teams_create_team_body",
    "TeamsListMembershipsResponse": ".teams_list_memberships_response",
    "TeamsListTeamsResponse": ".teams_list_teams_response",
    "TeamsMembership": ".teams_membership",
    "TeamsTeam": ".teams_team",
    "TeamsUpdateMembershipBody": ".teams_update_membership_body",
    "TimeoffAllowance": ".timeoff_allowance",
    "TimeoffAllowanceAccruedUnitsAvailability": ".timeoff_allowance_accrued_units_availability",
    "TimeoffAllowanceAllowanceType": ".timeoff_allowance_allowance_type",
    "TimeoffAllowanceAvailableDays": ".timeoff_allowance_available_days",
    "TimeoffAllowanceDaysType": ".timeoff_allowance_days_type",
    "TimeoffAllowanceFrequency": ".timeoff_allowance_frequency",
    "TimeoffAllowanceNegativeCounterType": ".timeoff_allowance_negative_counter_type",
    "TimeoffAllowanceProrationType": ".timeoff_allowance_proration_type",
    "TimeoffAllowanceRangeType": ".timeoff_allowance_range_type",
    "TimeoffAllowanceRounding": ".timeoff_allowance_rounding",
    "TimeoffAllowanceSourceUnits": ".timeoff_allowance_source_units",
    "TimeoffAllowanceTenurePeriodTransition": ".timeoff_allowance_tenure_period_transition",
    "TimeoffCreateLeaveBody": ".timeoff_create_leave_body",
    "TimeoffLeave": ".timeoff_leave",
    "TimeoffLeaveType": ".timeoff_leave_type",
    "TimeoffListAllowancesResponse": ".timeoff_list_allowances_response",
    "TimeoffListLeaveTypesResponse": ".timeoff_list_leave_types_response",
    "TimeoffListLeavesResponse": ".timeoff_list_leaves_response",
    "TimeoffUpdateLeaveBody": ".timeoff_update_leave_body",
}

__all__ = (
    "ApiPublicCreateWebhookSubscriptionBody",
    "ApiPublicCreateWebhookSubscriptionBodyApiVersion",
    "ApiPublicCredential",
    "ApiPublicListCredentialsResponse",
    "ApiPublicListWebhookSubscriptionsResponse",
    "ApiPublicUpdateWebhookSubscriptionBody",
    "ApiPublicUpdateWebhookSubscriptionBodyApiVersion",
    "ApiPublicWebhookSubscription",
    "AttendanceBreakEndShiftBody",
    "AttendanceBreakStartShiftBody",
    "AttendanceClockInShiftBody",
    "AttendanceClockInShiftBodyLocationType",
    "AttendanceClockOutShiftBody",
    "AttendanceCreateShiftBody",
    "AttendanceCreateShiftBodyLocationType",
    "AttendanceCreateShiftBodySource",
    "AttendanceListShiftsResponse",
    "AttendanceShift",
    "AttendanceShiftHalfDay",
    "AttendanceShiftLocationType",
    "AttendanceUpdateShiftBody",
    "AttendanceUpdateShiftBodyLocationType",
    "CompaniesLegalEntity",
    "CompaniesListLegalEntitiesResponse",
    "ContractsContractVersion",
    "ContractsContractVersionAnnualWorkingTimeDistribution",
    "ContractsContractVersionBankHolidayTreatment",
    "ContractsContractVersionVersionData",
    "ContractsListContractVersionsResponse",
    "CustomFieldsCreateValueBody",
    "CustomFieldsField",
    "CustomFieldsFieldFieldType",
    "CustomFieldsListFieldsResponse",
    "CustomFieldsListValuesResponse",
    "CustomFieldsUpdateValueBody",
    "CustomFieldsValue",
    "DocumentsDocument",
    "DocumentsDocumentSignatureStatus",
    "DocumentsFolder",
    "DocumentsListDocumentsResponse",
    "DocumentsListFoldersResponse",
    "EmployeesCreateWithContractEmployeeBody",
    "EmployeesCreateWithContractEmployeeBodyContractsAnnualWorkingTimeDistribution",
    "EmployeesCreateWithContractEmployeeBodyContractsBankHolidayTreatment",
    "EmployeesEmployee",
    "EmployeesEmployeeBankNumberFormat",
    "EmployeesListEmployeesResponse",
    "EmployeesTerminateEmployeeBody",
    "EmployeesUnterminateEmployeeBody",
    "EmployeesUpdateEmployeeBody",
    "HolidaysCompanyHoliday",
    "HolidaysCompanyHolidayHalfDay",
    "HolidaysListCompanyHolidaysResponse",
    "ListFieldsFieldType",
    "LocationsListLocationsResponse",
    "LocationsLocation",
    "PagedIndexMeta",
    "TeamsCreateMembershipBody",
    "TeamsCreateTeamBody",
    "TeamsListMembershipsResponse",
    "TeamsListTeamsResponse",
    "TeamsMembership",
    "TeamsTeam",
    "TeamsUpdateMembershipBody",
    "TimeoffAllowance",
    "TimeoffAllowanceAccruedUnitsAvailability",
    "TimeoffAllowanceAllowanceType",
    "TimeoffAllowanceAvailableDays",
    "TimeoffAllowanceDaysType",
    "TimeoffAllowanceFrequency",
    "TimeoffAllowanceNegativeCounterType",
    "TimeoffAllowanceProrationType",
    "TimeoffAllowanceRangeType",
    "TimeoffAllowanceRounding",
    "TimeoffAllowanceSourceUnits",
    "TimeoffAllowanceTenurePeriodTransition",
    "TimeoffCreateLeaveBody",
    "TimeoffLeave",
    "TimeoffLeaveType",
    "TimeoffListAllowancesResponse",
    "TimeoffListLeaveTypesResponse",
    "TimeoffListLeavesResponse",
    "TimeoffUpdateLeaveBody",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
