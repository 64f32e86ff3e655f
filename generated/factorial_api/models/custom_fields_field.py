from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.custom_fields_field_field_type import CustomFieldsFieldFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldsField")


@_attrs_define
class CustomFieldsField:
    """The definition of a custom field.

    Attributes:
        id (None | str):
        field_type (CustomFieldsFieldFieldType | None):
        label_text (None | str):
        position (int | None | Unset):
        required (bool | None | Unset):
        min_value (int | None | Unset):
        max_value (int | None | Unset):
        legal_entity_name (None | str | Unset):
        legal_entity_id (None | str | Unset):
        slug (None | str | Unset):
    """

    id: None | str
    field_type: CustomFieldsFieldFieldType | None
    label_text: None | str
    position: int | None | Unset = UNSET
    required: bool | None | Unset = UNSET
    min_value: int | None | Unset = UNSET
    max_value: int | None | Unset = UNSET
    legal_entity_name: None | str | Unset = UNSET
    legal_entity_id: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        field_type: None | str
        if isinstance(self.field_type, CustomFieldsFieldFieldType):
            field_type = self.field_type.value
        else:
            field_type = self.field_type

        label_text: None | str
        label_text = self.label_text

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        min_value: int | None | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        max_value: int | None | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        legal_entity_name: None | str | Unset
        if isinstance(self.legal_entity_name, Unset):
            legal_entity_name = UNSET
        else:
            legal_entity_name = self.legal_entity_name

        legal_entity_id: None | str | Unset
        if isinstance(self.legal_entity_id, Unset):
            legal_entity_id = UNSET
        else:
            legal_entity_id = self.legal_entity_id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "field_type": field_type,
                "label_text": label_text,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if required is not UNSET:
            field_dict["required"] = required
        if min_value is not UNSET:
            field_dict["min_value"] = min_value
        if max_value is not UNSET:
            field_dict["max_value"] = max_value
        if legal_entity_name is not UNSET:
            field_dict["legal_entity_name"] = legal_entity_name
        if legal_entity_id is not UNSET:
            field_dict["legal_entity_id"] = legal_entity_id
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_field_type(data: object) -> CustomFieldsFieldFieldType | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                field_type_type_1 = CustomFieldsFieldFieldType(data)

                return field_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomFieldsFieldFieldType | None, data)

        field_type = _parse_field_type(pop_required(d, "field_type", cls))

        def _parse_label_text(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        label_text = _parse_label_text(pop_required(d, "label_text", cls))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_min_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_value = _parse_min_value(d.pop("min_value", UNSET))

        def _parse_max_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_value = _parse_max_value(d.pop("max_value", UNSET))

        def _parse_legal_entity_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_entity_name = _parse_legal_entity_name(d.pop("legal_entity_name", UNSET))

        def _parse_legal_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_entity_id = _parse_legal_entity_id(d.pop("legal_entity_id", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        custom_fields_field = cls(
            id=id,
            field_type=field_type,
            label_text=label_text,
            position=position,
            required=required,
            min_value=min_value,
            max_value=max_value,
            legal_entity_name=legal_entity_name,
            legal_entity_id=legal_entity_id,
            slug=slug,
        )

        custom_fields_field.additional_properties = d
        return custom_fields_field

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
