from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiPublicWebhookSubscription")


@_attrs_define
class ApiPublicWebhookSubscription:
    """A URL registered to receive one kind of event.

    Attributes:
        id (None | str):
        target_url (None | str):
        type_ (None | str): The event subscribed to, e.g. `attendance/shift/clock_in`.
        company_id (None | str):
        enabled (bool | None):
        api_version (None | str): API version that shapes the delivered payload.
        name (None | str | Unset):
        challenge (None | str | Unset): Echoed in the `x-factorial-wh-challenge` header of each delivery.
    """

    id: None | str
    target_url: None | str
    type_: None | str
    company_id: None | str
    enabled: bool | None
    api_version: None | str
    name: None | str | Unset = UNSET
    challenge: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        target_url: None | str
        target_url = self.target_url

        type_: None | str
        type_ = self.type_

        company_id: None | str
        company_id = self.company_id

        enabled: bool | None
        enabled = self.enabled

        api_version: None | str
        api_version = self.api_version

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        challenge: None | str | Unset
        if isinstance(self.challenge, Unset):
            challenge = UNSET
        else:
            challenge = self.challenge

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "target_url": target_url,
                "type": type_,
                "company_id": company_id,
                "enabled": enabled,
                "api_version": api_version,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if challenge is not UNSET:
            field_dict["challenge"] = challenge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_target_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_url = _parse_target_url(pop_required(d, "target_url", cls))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(pop_required(d, "type", cls))

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(pop_required(d, "company_id", cls))

        def _parse_enabled(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        enabled = _parse_enabled(pop_required(d, "enabled", cls))

        def _parse_api_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        api_version = _parse_api_version(pop_required(d, "api_version", cls))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_challenge(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        challenge = _parse_challenge(d.pop("challenge", UNSET))

        api_public_webhook_subscription = cls(
            id=id,
            target_url=target_url,
            type_=type_,
            company_id=company_id,
            enabled=enabled,
            api_version=api_version,
            name=name,
            challenge=challenge,
        )

        api_public_webhook_subscription.additional_properties = d
        return api_public_webhook_subscription

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
