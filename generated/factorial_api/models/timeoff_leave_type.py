from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeoffLeaveType")


@_attrs_define
class TimeoffLeaveType:
    """A kind of absence, such as vacation or sick leave.

    Attributes:
        id (None | str):
        name (None | str):
        identifier (None | str):
        color (None | str):
        attachment (bool | None):
        visibility (bool | None):
        workable (bool | None):
        company_id (None | str):
        allowance_ids (list[str] | None):
        details_required (bool | None):
        translated_name (None | str | Unset):
        active (bool | None | Unset):
        editable (bool | None | Unset):
        approval_required (bool | None | Unset):
        accrues (bool | None | Unset):
        allow_endless (bool | None | Unset):
        restricted (bool | None | Unset):
        payable (bool | None | Unset):
        is_attachment_mandatory (bool | None | Unset):
        half_days_units_enabled (bool | None | Unset):
        max_days_in_cents (int | None | Unset):
        min_days_in_cents (int | None | Unset):
        description (None | str | Unset):
    """

    id: None | str
    name: None | str
    identifier: None | str
    color: None | str
    attachment: bool | None
    visibility: bool | None
    workable: bool | None
    company_id: None | str
    allowance_ids: list[str] | None
    details_required: bool | None
    translated_name: None | str | Unset = UNSET
    active: bool | None | Unset = UNSET
    editable: bool | None | Unset = UNSET
    approval_required: bool | None | Unset = UNSET
    accrues: bool | None | Unset = UNSET
    allow_endless: bool | None | Unset = UNSET
    restricted: bool | None | Unset = UNSET
    payable: bool | None | Unset = UNSET
    is_attachment_mandatory: bool | None | Unset = UNSET
    half_days_units_enabled: bool | None | Unset = UNSET
    max_days_in_cents: int | None | Unset = UNSET
    min_days_in_cents: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        name: None | str
        name = self.name

        identifier: None | str
        identifier = self.identifier

        color: None | str
        color = self.color

        attachment: bool | None
        attachment = self.attachment

        visibility: bool | None
        visibility = self.visibility

        workable: bool | None
        workable = self.workable

        company_id: None | str
        company_id = self.company_id

        allowance_ids: list[str] | None
        if isinstance(self.allowance_ids, list):
            allowance_ids = self.allowance_ids

        else:
            allowance_ids = self.allowance_ids

        details_required: bool | None
        details_required = self.details_required

        translated_name: None | str | Unset
        if isinstance(self.translated_name, Unset):
            translated_name = UNSET
        else:
            translated_name = self.translated_name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        editable: bool | None | Unset
        if isinstance(self.editable, Unset):
            editable = UNSET
        else:
            editable = self.editable

        approval_required: bool | None | Unset
        if isinstance(self.approval_required, Unset):
            approval_required = UNSET
        else:
            approval_required = self.approval_required

        accrues: bool | None | Unset
        if isinstance(self.accrues, Unset):
            accrues = UNSET
        else:
            accrues = self.accrues

        allow_endless: bool | None | Unset
        if isinstance(self.allow_endless, Unset):
            allow_endless = UNSET
        else:
            allow_endless = self.allow_endless

        restricted: bool | None | Unset
        if isinstance(self.restricted, Unset):
            restricted = UNSET
        else:
            restricted = self.restricted

        payable: bool | None | Unset
        if isinstance(self.payable, Unset):
            payable = UNSET
        else:
            payable = self.payable

        is_attachment_mandatory: bool | None | Unset
        if isinstance(self.is_attachment_mandatory, Unset):
            is_attachment_mandatory = UNSET
        else:
            is_attachment_mandatory = self.is_attachment_mandatory

        half_days_units_enabled: bool | None | Unset
        if isinstance(self.half_days_units_enabled, Unset):
            half_days_units_enabled = UNSET
        else:
            half_days_units_enabled = self.half_days_units_enabled

        max_days_in_cents: int | None | Unset
        if isinstance(self.max_days_in_cents, Unset):
            max_days_in_cents = UNSET
        else:
            max_days_in_cents = self.max_days_in_cents

        min_days_in_cents: int | None | Unset
        if isinstance(self.min_days_in_cents, Unset):
            min_days_in_cents = UNSET
        else:
            min_days_in_cents = self.min_days_in_cents

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "identifier": identifier,
                "color": color,
                "attachment": attachment,
                "visibility": visibility,
                "workable": workable,
                "company_id": company_id,
                "allowance_ids": allowance_ids,
                "details_required": details_required,
            }
        )
        if translated_name is not UNSET:
            field_dict["translated_name"] = translated_name
        if active is not UNSET:
            field_dict["active"] = active
        if editable is not UNSET:
            field_dict["editable"] = editable
        if approval_required is not UNSET:
            field_dict["approval_required"] = approval_required
        if accrues is not UNSET:
            field_dict["accrues"] = accrues
        if allow_endless is not UNSET:
            field_dict["allow_endless"] = allow_endless
        if restricted is not UNSET:
            field_dict["restricted"] = restricted
        if payable is not UNSET:
            field_dict["payable"] = payable
        if is_attachment_mandatory is not UNSET:
            field_dict["is_attachment_mandatory"] = is_attachment_mandatory
        if half_days_units_enabled is not UNSET:
            field_dict["half_days_units_enabled"] = half_days_units_enabled
        if max_days_in_cents is not UNSET:
            field_dict["max_days_in_cents"] = max_days_in_cents
        if min_days_in_cents is not UNSET:
            field_dict["min_days_in_cents"] = min_days_in_cents
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(pop_required(d, "name", cls))

        def _parse_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identifier = _parse_identifier(pop_required(d, "identifier", cls))

        def _parse_color(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        color = _parse_color(pop_required(d, "color", cls))

        def _parse_attachment(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        attachment = _parse_attachment(pop_required(d, "attachment", cls))

        def _parse_visibility(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        visibility = _parse_visibility(pop_required(d, "visibility", cls))

        def _parse_workable(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        workable = _parse_workable(pop_required(d, "workable", cls))

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(pop_required(d, "company_id", cls))

        def _parse_allowance_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowance_ids_type_0 = cast(list[str], data)

                return allowance_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        allowance_ids = _parse_allowance_ids(pop_required(d, "allowance_ids", cls))

        def _parse_details_required(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        details_required = _parse_details_required(pop_required(d, "details_required", cls))

        def _parse_translated_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        translated_name = _parse_translated_name(d.pop("translated_name", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_editable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        editable = _parse_editable(d.pop("editable", UNSET))

        def _parse_approval_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        approval_required = _parse_approval_required(d.pop("approval_required", UNSET))

        def _parse_accrues(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accrues = _parse_accrues(d.pop("accrues", UNSET))

        def _parse_allow_endless(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_endless = _parse_allow_endless(d.pop("allow_endless", UNSET))

        def _parse_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        restricted = _parse_restricted(d.pop("restricted", UNSET))

        def _parse_payable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        payable = _parse_payable(d.pop("payable", UNSET))

        def _parse_is_attachment_mandatory(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_attachment_mandatory = _parse_is_attachment_mandatory(d.pop("is_attachment_mandatory", UNSET))

        def _parse_half_days_units_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        half_days_units_enabled = _parse_half_days_units_enabled(d.pop("half_days_units_enabled", UNSET))

        def _parse_max_days_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_days_in_cents = _parse_max_days_in_cents(d.pop("max_days_in_cents", UNSET))

        def _parse_min_days_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_days_in_cents = _parse_min_days_in_cents(d.pop("min_days_in_cents", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        timeoff_leave_type = cls(
            id=id,
            name=name,
            identifier=identifier,
            color=color,
            attachment=attachment,
            visibility=visibility,
            workable=workable,
            company_id=company_id,
            allowance_ids=allowance_ids,
            details_required=details_required,
            translated_name=translated_name,
            active=active,
            editable=editable,
            approval_required=approval_required,
            accrues=accrues,
            allow_endless=allow_endless,
            restricted=restricted,
            payable=payable,
            is_attachment_mandatory=is_attachment_mandatory,
            half_days_units_enabled=half_days_units_enabled,
            max_days_in_cents=max_days_in_cents,
            min_days_in_cents=min_days_in_cents,
            description=description,
        )

        timeoff_leave_type.additional_properties = d
        return timeoff_leave_type

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
