from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required

T = TypeVar("T", bound="CustomFieldsCreateValueBody")


@_attrs_define
class CustomFieldsCreateValueBody:
    """
    Attributes:
        field_id (str):
        valuable_type (str):
        valuable_id (str):
        value (str):
    """

    field_id: str
    valuable_type: str
    valuable_id: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_id = self.field_id

        valuable_type = self.valuable_type

        valuable_id = self.valuable_id

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_id": field_id,
                "valuable_type": valuable_type,
                "valuable_id": valuable_id,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field_id = pop_required(d, "field_id", cls)

        valuable_type = pop_required(d, "valuable_type", cls)

        valuable_id = pop_required(d, "valuable_id", cls)

        value = pop_required(d, "value", cls)

        custom_fields_create_value_body = cls(
            field_id=field_id,
            valuable_type=valuable_type,
            valuable_id=valuable_id,
            value=value,
        )

        custom_fields_create_value_body.additional_properties = d
        return custom_fields_create_value_body

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
