from __future__ import annotations

from enum import Enum


class AttendanceCreateShiftBodySource(str, Enum):
    API = "api"
    DESKTOP = "desktop"
    FACE_RECOGNITION = "face_recognition"
    MOBILE = "mobile"
    MOBILE_GEOLOCATION = "mobile_geolocation"
    QR_CODE = "qr_code"
    SHARED_DEVICE = "shared_device"
    SYSTEM = "system"

    @classmethod
    def _missing_(cls, value: object) -> AttendanceCreateShiftBodySource | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
