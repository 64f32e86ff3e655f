from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.holidays_company_holiday_half_day import HolidaysCompanyHolidayHalfDay
from ..types import UNSET, Unset

T = TypeVar("T", bound="HolidaysCompanyHoliday")


@_attrs_define
class HolidaysCompanyHoliday:
    """A day off for everyone at one location.

    Attributes:
        id (None | str):
        location_id (None | str):
        date (None | str):
        summary (None | str | Unset):
        description (None | str | Unset):
        half_day (HolidaysCompanyHolidayHalfDay | None | Unset): Set when only half the day is off.
    """

    id: None | str
    location_id: None | str
    date: None | str
    summary: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    half_day: HolidaysCompanyHolidayHalfDay | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        location_id: None | str
        location_id = self.location_id

        date: None | str
        date = self.date

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        half_day: None | str | Unset
        if isinstance(self.half_day, Unset):
            half_day = UNSET
        elif isinstance(self.half_day, HolidaysCompanyHolidayHalfDay):
            half_day = self.half_day.value
        else:
            half_day = self.half_day

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "location_id": location_id,
                "date": date,
            }
        )
        if summary is not UNSET:
            field_dict["summary"] = summary
        if description is not UNSET:
            field_dict["description"] = description
        if half_day is not UNSET:
            field_dict["half_day"] = half_day

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_location_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        location_id = _parse_location_id(pop_required(d, "location_id", cls))

        def _parse_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date = _parse_date(pop_required(d, "date", cls))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_half_day(data: object) -> HolidaysCompanyHolidayHalfDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                half_day_type_1 = HolidaysCompanyHolidayHalfDay(data)

                return half_day_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HolidaysCompanyHolidayHalfDay | None | Unset, data)

        half_day = _parse_half_day(d.pop("half_day", UNSET))

        holidays_company_holiday = cls(
            id=id,
            location_id=location_id,
            date=date,
            summary=summary,
            description=description,
            half_day=half_day,
        )

        holidays_company_holiday.additional_properties = d
        return holidays_company_holiday

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
