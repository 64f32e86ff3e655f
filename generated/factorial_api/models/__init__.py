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
    from .attendance_shift_half_day_type_1 import AttendanceShiftHalfDayType1
    from .attendance_shift_half_day_type_2_type_1 import AttendanceShiftHalfDayType2Type1
    from .attendance_shift_half_day_type_3_type_1 import AttendanceShiftHalfDayType3Type1
    from .attendance_shift_location_type_type_1 import AttendanceShiftLocationTypeType1
    from .attendance_shift_location_type_type_2_type_1 import AttendanceShiftLocationTypeType2Type1
    from .attendance_shift_location_type_type_3_type_1 import AttendanceShiftLocationTypeType3Type1
    from .attendance_update_shift_body import AttendanceUpdateShiftBody
    from .attendance_update_shift_body_location_type import AttendanceUpdateShiftBodyLocationType
    from .companies_legal_entity import CompaniesLegalEntity
    from .companies_list_legal_entities_response import CompaniesListLegalEntitiesResponse
    from .contracts_contract_version import ContractsContractVersion
    from .contracts_contract_version_annual_working_time_distribution_type_1 import (
        ContractsContractVersionAnnualWorkingTimeDistributionType1,
    )
    from .contracts_contract_version_annual_working_time_distribution_type_2_type_1 import (
        ContractsContractVersionAnnualWorkingTimeDistributionType2Type1,
    )
    from .contracts_contract_version_annual_working_time_distribution_type_3_type_1 import (
        ContractsContractVersionAnnualWorkingTimeDistributionType3Type1,
    )
    from .contracts_contract_version_bank_holiday_treatment_type_1 import (
        ContractsContractVersionBankHolidayTreatmentType1,
    )
    from .contracts_contract_version_bank_holiday_treatment_type_2_type_1 import (
        ContractsContractVersionBankHolidayTreatmentType2Type1,
    )
    from .contracts_contract_version_bank_holiday_treatment_type_3_type_1 import (
        ContractsContractVersionBankHolidayTreatmentType3Type1,
    )
    from .contracts_contract_version_version_data_type_0 import ContractsContractVersionVersionDataType0
    from .contracts_list_contract_versions_response import ContractsListContractVersionsResponse
    from .custom_fields_create_value_body import CustomFieldsCreateValueBody
    from .custom_fields_field import CustomFieldsField
    from .custom_fields_field_field_type_type_1 import CustomFieldsFieldFieldTypeType1
    from .custom_fields_field_field_type_type_2_type_1 import CustomFieldsFieldFieldTypeType2Type1
    from .custom_fields_field_field_type_type_3_type_1 import CustomFieldsFieldFieldTypeType3Type1
    from .custom_fields_list_fields_response import CustomFieldsListFieldsResponse
    from .custom_fields_list_values_response import CustomFieldsListValuesResponse
    from .custom_fields_update_value_body import CustomFieldsUpdateValueBody
    from .custom_fields_value import CustomFieldsValue
    from .documents_document import DocumentsDocument
    from .documents_document_signature_status_type_1 import DocumentsDocumentSignatureStatusType1
    from .documents_document_signature_status_type_2_type_1 import DocumentsDocumentSignatureStatusType2Type1
    from .documents_document_signature_status_type_3_type_1 import DocumentsDocumentSignatureStatusType3Type1
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
    from .employees_employee_bank_number_format_type_1 import EmployeesEmployeeBankNumberFormatType1
    from .employees_employee_bank_number_format_type_2_type_1 import EmployeesEmployeeBankNumberFormatType2Type1
    from .employees_employee_bank_number_format_type_3_type_1 import EmployeesEmployeeBankNumberFormatType3Type1
    from .employees_list_employees_response import EmployeesListEmployeesResponse
    from .employees_terminate_employee_body import EmployeesTerminateEmployeeBody
    from .employees_unterminate_employee_body import EmployeesUnterminateEmployeeBody
    from .employees_update_employee_body import EmployeesUpdateEmployeeBody
    from .holidays_company_holiday import HolidaysCompanyHoliday
    from .holidays_company_holiday_half_day_type_1 import HolidaysCompanyHolidayHalfDayType1
    from .holidays_company_holiday_half_day_type_2_type_1 import HolidaysCompanyHolidayHalfDayType2Type1
    from .holidays_company_holiday_half_day_type_3_type_1 import HolidaysCompanyHolidayHalfDayType3Type1
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
    from .timeoff_allowance_accrued_units_availability_type_1 import TimeoffAllowanceAccruedUnitsAvailabilityType1
    from .timeoff_allowance_accrued_units_availability_type_2_type_1 import (
        TimeoffAllowanceAccruedUnitsAvailabilityType2Type1,
    )
    from .timeoff_allowance_accrued_units_availability_type_3_type_1 import (
        TimeoffAllowanceAccruedUnitsAvailabilityType3Type1,
    )
    from .timeoff_allowance_allowance_type_type_1 import TimeoffAllowanceAllowanceTypeType1
    from .timeoff_allowance_allowance_type_type_2_type_1 import TimeoffAllowanceAllowanceTypeType2Type1
    from .timeoff_allowance_allowance_type_type_3_type_1 import TimeoffAllowanceAllowanceTypeType3Type1
    from .timeoff_allowance_available_days_type_1 import TimeoffAllowanceAvailableDaysType1
    from .timeoff_allowance_available_days_type_2_type_1 import TimeoffAllowanceAvailableDaysType2Type1
    from .timeoff_allowance_available_days_type_3_type_1 import TimeoffAllowanceAvailableDaysType3Type1
    from .timeoff_allowance_days_type_type_1 import TimeoffAllowanceDaysTypeType1
    from .timeoff_allowance_days_type_type_2_type_1 import TimeoffAllowanceDaysTypeType2Type1
    from .timeoff_allowance_days_type_type_3_type_1 import TimeoffAllowanceDaysTypeType3Type1
    from .timeoff_allowance_frequency_type_1 import TimeoffAllowanceFrequencyType1
    from .timeoff_allowance_frequency_type_2_type_1 import TimeoffAllowanceFrequencyType2Type1
    from .timeoff_allowance_frequency_type_3_type_1 import TimeoffAllowanceFrequencyType3Type1
    from .timeoff_allowance_negative_counter_type_type_1 import TimeoffAllowanceNegativeCounterTypeType1
    from .timeoff_allowance_negative_counter_type_type_2_type_1 import TimeoffAllowanceNegativeCounterTypeType2Type1
    from .timeoff_allowance_negative_counter_type_type_3_type_1 import TimeoffAllowanceNegativeCounterTypeType3Type1
    from .timeoff_allowance_proration_type_type_1 import TimeoffAllowanceProrationTypeType1
    from .timeoff_allowance_proration_type_type_2_type_1 import TimeoffAllowanceProrationTypeType2Type1
    from .timeoff_allowance_proration_type_type_3_type_1 import TimeoffAllowanceProrationTypeType3Type1
    from .timeoff_allowance_range_type_type_1 import TimeoffAllowanceRangeTypeType1
    from .timeoff_allowance_range_type_type_2_type_1 import TimeoffAllowanceRangeTypeType2Type1
    from .timeoff_allowance_range_type_type_3_type_1 import TimeoffAllowanceRangeTypeType3Type1
    from .timeoff_allowance_rounding_type_1 import TimeoffAllowanceRoundingType1
    from .timeoff_allowance_rounding_type_2_type_1 import TimeoffAllowanceRoundingType2Type1
    from .timeoff_allowance_rounding_type_3_type_1 import TimeoffAllowanceRoundingType3Type1
    from .timeoff_allowance_source_units_type_1 import TimeoffAllowanceSourceUnitsType1
    from .timeoff_allowance_source_units_type_2_type_1 import TimeoffAllowanceSourceUnitsType2Type1
    from .timeoff_allowance_source_units_type_3_type_1 import TimeoffAllowanceSourceUnitsType3Type1
    from .timeoff_allowance_tenure_period_transition_type_1 import TimeoffAllowanceTenurePeriodTransitionType1
    from .timeoff_allowance_tenure_period_transition_type_2_type_1 import (
        TimeoffAllowanceTenurePeriodTransitionType2Type1,
    )
    from .timeoff_allowance_tenure_period_transition_type_3_type_1 import (
        TimeoffAllowanceTenurePeriodTransitionType3Type1,
    )
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
    "AttendanceShiftHalfDayType1": ".attendance_shift_half_day_type_1",
    "AttendanceShiftHalfDayType2Type1": ".attendance_shift_half_day_type_2_type_1",
    "AttendanceShiftHalfDayType3Type1": ".attendance_shift_half_day_type_3_type_1",
    "AttendanceShiftLocationTypeType1": ".attendance_shift_location_type_type_1",
    "AttendanceShiftLocationTypeType2Type1": ".attendance_shift_location_type_type_2_type_1",
    "AttendanceShiftLocationTypeType3Type1": ".attendance_shift_location_type_type_3_type_1",
    "AttendanceUpdateShiftBody": ".attendance_update_shift_body",
    "AttendanceUpdateShiftBodyLocationType": ".attendance_update_shift_body_location_type",
    "CompaniesLegalEntity": ".companies_legal_entity",
    "CompaniesListLegalEntitiesResponse": ".companies_list_legal_entities_response",
    "ContractsContractVersion": ".contracts_contract_version",
    "ContractsContractVersionAnnualWorkingTimeDistributionType1": ".contracts_contract_version_annual_working_time_distribution_type_1",
    "ContractsContractVersionAnnualWorkingTimeDistributionType2Type1": ".contracts_contract_version_annual_working_time_distribution_type_2_type_1",
    "ContractsContractVersionAnnualWorkingTimeDistributionType3Type1": ".contracts_contract_version_annual_working_time_distribution_type_3_type_1",
    "ContractsContractVersionBankHolidayTreatmentType1": ".contracts_contract_version_bank_holiday_treatment_type_1",
    "ContractsContractVersionBankHolidayTreatmentType2Type1": ".contracts_contract_version_bank_holiday_treatment_type_2_type_1",
    "ContractsContractVersionBankHolidayTreatmentType3Type1": ".contracts_contract_version_bank_holiday_treatment_type_3_type_1",
    "ContractsContractVersionVersionDataType0": ".contracts_contract_version_version_data_type_0",
    "ContractsListContractVersionsResponse": ".contracts_list_contract_versions_response",
    "CustomFieldsCreateValueBody": ".custom_fields_create_value_body",
    "CustomFieldsField": ".custom_fields_field",
    "CustomFieldsFieldFieldTypeType1": ".custom_fields_field_field_type_type_1",
    "CustomFieldsFieldFieldTypeType2Type1": ".custom_fields_field_field_type_type_2_type_1",
    "CustomFieldsFieldFieldTypeType3Type1": ".custom_fields_field_field_type_type_3_type_1",
    "CustomFieldsListFieldsResponse": ".custom_fields_list_fields_response",
    "CustomFieldsListValuesResponse": ".custom_fields_list_values_response",
    "CustomFieldsUpdateValueBody": ".custom_fields_update_value_body",
    "CustomFieldsValue": ".custom_fields_value",
    "DocumentsDocument": ".documents_document",
    "DocumentsDocumentSignatureStatusType1": ".documents_document_signature_status_type_1",
    "DocumentsDocumentSignatureStatusType2Type1": ".documents_document_signature_status_type_2_type_1",
    "DocumentsDocumentSignatureStatusType3Type1": ".documents_document_signature_status_type_3_type_1",
    "DocumentsFolder": ".documents_folder",
    "DocumentsListDocumentsResponse": ".documents_list_documents_response",
    "DocumentsListFoldersResponse": ".documents_list_folders_response",
    "EmployeesCreateWithContractEmployeeBody": ".employees_create_with_contract_employee_body",
    "EmployeesCreateWithContractEmployeeBodyContractsAnnualWorkingTimeDistribution": ".employees_create_with_contract_employee_body_contracts_annual_working_time_distribution",
    "EmployeesCreateWithContractEmployeeBodyContractsBankHolidayTreatment": ".employees_create_with_contract_employee_body_contracts_bank_holiday_treatment",
    "EmployeesEmployee": ".employees_employee",
    "EmployeesEmployeeBankNumberFormatType1": ".employees_employee_bank_number_format_type_1",
    "EmployeesEmployeeBankNumberFormatType2Type1": ".employees_employee_bank_number_format_type_2_type_1",
    "EmployeesEmployeeBankNumberFormatType3Type1": ".employees_employee_bank_number_format_type_3_type_1",
    "EmployeesListEmployeesResponse": ".employees_list_employees_response",
    "EmployeesTerminateEmployeeBody": ".employees_terminate_employee_body",
    "EmployeesUnterminateEmployeeBody": ".employees_unterminate_employee_body",
    "EmployeesUpdateEmployeeBody": ".employees_update_employee_body",
    "HolidaysCompanyHoliday": ".holidays_company_holiday",
    "HolidaysCompanyHolidayHalfDayType1": ".holidays_company_holiday_half_day_type_1",
    "HolidaysCompanyHolidayHalfDayType2Type1": ".holidays_company_holiday_half_day_type_2_type_1",
    "HolidaysCompanyHolidayHalfDayType3Type1": ".holidays_company_holiday_half_day_type_3_type_1",
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
    "TimeoffAllowanceAccruedUnitsAvailabilityType1": ".timeoff_allowance_accrued_units_availability_type_1",
    "TimeoffAllowanceAccruedUnitsAvailabilityType2Type1": ".timeoff_allowance_accrued_units_availability_type_2_type_1",
    "TimeoffAllowanceAccruedUnitsAvailabilityType3Type1": ".timeoff_allowance_accrued_units_availability_type_3_type_1",
    "TimeoffAllowanceAllowanceTypeType1": ".timeoff_allowance_allowance_type_type_1",
    "TimeoffAllowanceAllowanceTypeType2Type1": ".timeoff_allowance_allowance_type_type_2_type_1",
    "TimeoffAllowanceAllowanceTypeType3Type1": ".timeoff_allowance_allowance_type_type_3_type_1",
    "TimeoffAllowanceAvailableDaysType1": ".timeoff_allowance_available_days_type_1",
    "TimeoffAllowanceAvailableDaysType2Type1": ".timeoff_allowance_available_days_type_2_type_1",
    "TimeoffAllowanceAvailableDaysType3Type1": ".timeoff_allowance_available_days_type_3_type_1",
    "TimeoffAllowanceDaysTypeType1": ".timeoff_allowance_days_type_type_1",
    "TimeoffAllowanceDaysTypeType2Type1": ".timeoff_allowance_days_type_type_2_type_1",
    "TimeoffAllowanceDaysTypeType3Type1": ".timeoff_allowance_days_type_type_3_type_1",
    "TimeoffAllowanceFrequencyType1": ".timeoff_allowance_frequency_type_1",
    "TimeoffAllowanceFrequencyType2Type1": ".timeoff_allowance_frequency_type_2_type_1",
    "TimeoffAllowanceFrequencyType3Type1": ".timeoff_allowance_frequency_type_3_type_1",
    "TimeoffAllowanceNegativeCounterTypeType1": ".timeoff_allowance_negative_counter_type_type_1",
    "TimeoffAllowanceNegativeCounterTypeType2Type1": ".timeoff_allowance_negative_counter_type_type_2_type_1",
    "TimeoffAllowanceNegativeCounterTypeType3Type1": ".timeoff_allowance_negative_counter_type_type_3_type_1",
    "TimeoffAllowanceProrationTypeType1": ".timeoff_allowance_proration_type_type_1",
    "TimeoffAllowanceProrationTypeType2Type1": ".timeoff_allowance_proration_type_type_2_type_1",
    "TimeoffAllowanceProrationTypeType3Type1": ".timeoff_allowance_proration_type_type_3_type_1",
    "TimeoffAllowanceRangeTypeType1": ".timeoff_allowance_range_type_type_1",
    "TimeoffAllowanceRangeTypeType2Type1": ".timeoff_allowance_range_type_type_2_type_1",
    "TimeoffAllowanceRangeTypeType3Type1": ".timeoff_allowance_range_type_type_3_type_1",
    "TimeoffAllowanceRoundingType1": ".timeoff_allowance_rounding_type_1",
    "TimeoffAllowanceRoundingType2Type1": ".timeoff_allowance_rounding_type_2_type_1",
    "TimeoffAllowanceRoundingType3Type1": ".timeoff_allowance_rounding_type_3_type_1",
    "TimeoffAllowanceSourceUnitsType1": ".timeoff_allowance_source_units_type_1",
    "TimeoffAllowanceSourceUnitsType2Type1": ".timeoff_allowance_source_units_type_2_type_1",
    "TimeoffAllowanceSourceUnitsType3Type1": ".timeoff_allowance_source_units_type_3_type_1",
    "TimeoffAllowanceTenurePeriodTransitionType1": ".timeoff_allowance_tenure_period_transition_type_1",
    "TimeoffAllowanceTenurePeriodTransitionType2Type1": ".timeoff_allowance_tenure_period_transition_type_2_type_1",
    "TimeoffAllowanceTenurePeriodTransitionType3Type1": ".timeoff_allowance_tenure_period_transition_type_3_type_1",
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
    "AttendanceShiftHalfDayType1",
    "AttendanceShiftHalfDayType2Type1",
    "AttendanceShiftHalfDayType3Type1",
    "AttendanceShiftLocationTypeType1",
    "AttendanceShiftLocationTypeType2Type1",
    "AttendanceShiftLocationTypeType3Type1",
    "AttendanceUpdateShiftBody",
    "AttendanceUpdateShiftBodyLocationType",
    "CompaniesLegalEntity",
    "CompaniesListLegalEntitiesResponse",
    "ContractsContractVersion",
    "ContractsContractVersionAnnualWorkingTimeDistributionType1",
    "ContractsContractVersionAnnualWorkingTimeDistributionType2Type1",
    "ContractsContractVersionAnnualWorkingTimeDistributionType3Type1",
    "ContractsContractVersionBankHolidayTreatmentType1",
    "ContractsContractVersionBankHolidayTreatmentType2Type1",
    "ContractsContractVersionBankHolidayTreatmentType3Type1",
    "ContractsContractVersionVersionDataType0",
    "ContractsListContractVersionsResponse",
    "CustomFieldsCreateValueBody",
    "CustomFieldsField",
    "CustomFieldsFieldFieldTypeType1",
    "CustomFieldsFieldFieldTypeType2Type1",
    "CustomFieldsFieldFieldTypeType3Type1",
    "CustomFieldsListFieldsResponse",
    "CustomFieldsListValuesResponse",
    "CustomFieldsUpdateValueBody",
    "CustomFieldsValue",
    "DocumentsDocument",
    "DocumentsDocumentSignatureStatusType1",
    "DocumentsDocumentSignatureStatusType2Type1",
    "DocumentsDocumentSignatureStatusType3Type1",
    "DocumentsFolder",
    "DocumentsListDocumentsResponse",
    "DocumentsListFoldersResponse",
    "EmployeesCreateWithContractEmployeeBody",
    "EmployeesCreateWithContractEmployeeBodyContractsAnnualWorkingTimeDistribution",
    "EmployeesCreateWithContractEmployeeBodyContractsBankHolidayTreatment",
    "EmployeesEmployee",
    "EmployeesEmployeeBankNumberFormatType1",
    "EmployeesEmployeeBankNumberFormatType2Type1",
    "EmployeesEmployeeBankNumberFormatType3Type1",
    "EmployeesListEmployeesResponse",
    "EmployeesTerminateEmployeeBody",
    "EmployeesUnterminateEmployeeBody",
    "EmployeesUpdateEmployeeBody",
    "HolidaysCompanyHoliday",
    "HolidaysCompanyHolidayHalfDayType1",
    "HolidaysCompanyHolidayHalfDayType2Type1",
    "HolidaysCompanyHolidayHalfDayType3Type1",
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
    "TimeoffAllowanceAccruedUnitsAvailabilityType1",
    "TimeoffAllowanceAccruedUnitsAvailabilityType2Type1",
    "TimeoffAllowanceAccruedUnitsAvailabilityType3Type1",
    "TimeoffAllowanceAllowanceTypeType1",
    "TimeoffAllowanceAllowanceTypeType2Type1",
    "TimeoffAllowanceAllowanceTypeType3Type1",
    "TimeoffAllowanceAvailableDaysType1",
    "TimeoffAllowanceAvailableDaysType2Type1",
    "TimeoffAllowanceAvailableDaysType3Type1",
    "TimeoffAllowanceDaysTypeType1",
    "TimeoffAllowanceDaysTypeType2Type1",
    "TimeoffAllowanceDaysTypeType3Type1",
    "TimeoffAllowanceFrequencyType1",
    "TimeoffAllowanceFrequencyType2Type1",
    "TimeoffAllowanceFrequencyType3Type1",
    "TimeoffAllowanceNegativeCounterTypeType1",
    "TimeoffAllowanceNegativeCounterTypeType2Type1",
    "TimeoffAllowanceNegativeCounterTypeType3Type1",
    "TimeoffAllowanceProrationTypeType1",
    "TimeoffAllowanceProrationTypeType2Type1",
    "TimeoffAllowanceProrationTypeType3Type1",
    "TimeoffAllowanceRangeTypeType1",
    "TimeoffAllowanceRangeTypeType2Type1",
    "TimeoffAllowanceRangeTypeType3Type1",
    "TimeoffAllowanceRoundingType1",
    "TimeoffAllowanceRoundingType2Type1",
    "TimeoffAllowanceRoundingType3Type1",
    "TimeoffAllowanceSourceUnitsType1",
    "TimeoffAllowanceSourceUnitsType2Type1",
    "TimeoffAllowanceSourceUnitsType3Type1",
    "TimeoffAllowanceTenurePeriodTransitionType1",
    "TimeoffAllowanceTenurePeriodTransitionType2Type1",
    "TimeoffAllowanceTenurePeriodTransitionType3Type1",
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
