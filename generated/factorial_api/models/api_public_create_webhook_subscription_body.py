from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.api_public_create_webhook_subscription_body_api_version import (
    ApiPublicCreateWebhookSubscriptionBodyApiVersion,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiPublicCreateWebhookSubscriptionBody")


@_attrs_define
class ApiPublicCreateWebhookSubscriptionBody:
    """
    Attributes:
        subscription_type (str):
        target_url (str):
        company_id (str):
        name (str | Unset):
        challenge (str | Unset):
        enabled (bool | Unset):
        api_version (ApiPublicCreateWebhookSubscriptionBodyApiVersion | Unset):
    """

    subscription_type: str
    target_url: str
    company_id: str
    name: str | Unset = UNSET
    challenge: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    api_version: ApiPublicCreateWebhookSubscriptionBodyApiVersion | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_type = self.subscription_type

        target_url = self.target_url

        company_id = self.company_id

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
                "subscription_type": subscription_type,
                "target_url": target_url,
                "company_id": company_id,
            }
        )
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
        subscription_type = pop_required(d, "subscription_type", cls)

        target_url = pop_required(d, "target_url", cls)

        company_id = pop_required(d, "company_id", cls)

        name = d.pop("name", UNSET)

        challenge = d.pop("challenge", UNSET)

        enabled = d.pop("enabled", UNSET)

        _api_version = d.pop("api_version", UNSET)
        api_version: ApiPublicCreateWebhookSubscriptionBodyApiVersion | Unset
        if isinstance(_api_version, Unset):
            api_version = UNSET
        else:
            api_version = ApiPublicCreateWebhookSubscriptionBodyApiVersion(_api_version)

        api_public_create_webhook_subscription_body = cls(
            subscription_type=subscription_type,
            target_url=target_url,
            company_id=company_id,
            name=name,
            challenge=challenge,
            enabled=enabled,
            api_version=api_version,
        )

        api_public_create_webhook_subscription_body.additional_properties = d
        return api_public_create_webhook_subscription_body

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
