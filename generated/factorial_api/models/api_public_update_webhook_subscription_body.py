from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.api_public_update_webhook_subscription_body_api_version import (
    ApiPublicUpdateWebhookSubscriptionBodyApiVersion,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiPublicUpdateWebhookSubscriptionBody")


@_attrs_define
class ApiPublicUpdateWebhookSubscriptionBody:
    """
    Attributes:
        id (str):
        target_url (str | Unset):
        subscription_type (str | Unset):
        name (str | Unset):
        challenge (str | Unset):
        enabled (bool | Unset):
        api_version (ApiPublicUpdateWebhookSubscriptionBodyApiVersion | Unset):
    """

    id: str
    target_url: str | Unset = UNSET
    subscription_type: str | Unset = UNSET
    name: str | Unset = UNSET
    challenge: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    api_version: ApiPublicUpdateWebhookSubscriptionBodyApiVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        target_url = self.target_url

        subscription_type = self.subscription_type

        name = self.name

        challenge = self.challenge

        enabled = self.enabled

        api_version: str | Unset = UNSET
        if not isinstance(self.api_version, Unset):
            api_version = self.api_version.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if target_url is not UNSET:
            field_dict["target_url"] = target_url
        if subscription_type is not UNSET:
            field_dict["subscription_type"] = subscription_type
        if name is not UNSET:
            field_dict["name"] = name
        if challenge is not UNSET:
            field_dict["challenge"] = challenge
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if api_version is not UNSET:
            field_dict["api_version"] = api_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = pop_required(d, "id", cls)

        target_url = d.pop("target_url", UNSET)

        subscription_type = d.pop("subscription_type", UNSET)

        name = d.pop("name", UNSET)

        challenge = d.pop("challenge", UNSET)

        enabled = d.pop("enabled", UNSET)

        _api_version = d.pop("api_version", UNSET)
        api_version: ApiPublicUpdateWebhookSubscriptionBodyApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = ApiPublicUpdateWebhookSubscriptionBodyApiVersion(_api_version)

        api_public_update_webhook_subscription_body = cls(
            id=id,
            target_url=target_url,
            subscription_type=subscription_type,
            name=name,
            challenge=challenge,
            enabled=enabled,
            api_version=api_version,
        )

        api_public_update_webhook_subscription_body.additional_properties = d
        return api_public_update_webhook_subscription_body

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
