from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.documents_document_signature_status import DocumentsDocumentSignatureStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentsDocument")


@_attrs_define
class DocumentsDocument:
    """A stored file and where it belongs (metadata only).

    Attributes:
        created_at (None | str):
        filename (None | str):
        id (None | str):
        public (bool | None):
        space (None | str):
        updated_at (None | str):
        author_id (None | str | Unset):
        company_id (None | str | Unset):
        content_type (None | str | Unset):
        employee_id (None | str | Unset):
        extension (None | str | Unset):
        file_size (int | None | Unset):
        folder_id (None | str | Unset):
        is_company_document (bool | None | Unset):
        is_management_document (bool | None | Unset):
        is_pending_assignment (bool | None | Unset):
        leave_id (None | str | Unset):
        signature_status (DocumentsDocumentSignatureStatus | None | Unset):
        signees (list[str] | None | Unset):
        deleted_at (None | str | Unset):
    """

    created_at: None | str
    filename: None | str
    id: None | str
    public: bool | None
    space: None | str
    updated_at: None | str
    author_id: None | str | Unset = UNSET
    company_id: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    employee_id: None | str | Unset = UNSET
    extension: None | str | Unset = UNSET
    file_size: int | None | Unset = UNSET
    folder_id: None | str | Unset = UNSET
    is_company_document: bool | None | Unset = UNSET
    is_management_document: bool | None | Unset = UNSET
    is_pending_assignment: bool | None | Unset = UNSET
    leave_id: None | str | Unset = UNSET
    signature_status: DocumentsDocumentSignatureStatus | None | Unset = UNSET
    signees: list[str] | None | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str
        created_at = self.created_at

        filename: None | str
        filename = self.filename

        id: None | str
        id = self.id

        public: bool | None
        public = self.public

        space: None | str
        space = self.space

        updated_at: None | str
        updated_at = self.updated_at

        author_id: None | str | Unset
        if isinstance(self.author_id, Unset):
            author_id = UNSET
        else:
            author_id = self.author_id

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = self.employee_id

        extension: None | str | Unset
        if isinstance(self.extension, Unset):
            extension = UNSET
        else:
            extension = self.extension

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        folder_id: None | str | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        is_company_document: bool | None | Unset
        if isinstance(self.is_company_document, Unset):
            is_company_document = UNSET
        else:
            is_company_document = self.is_company_document

        is_management_document: bool | None | Unset
        if isinstance(self.is_management_document, Unset):
            is_management_document = UNSET
        else:
            is_management_document = self.is_management_document

        is_pending_assignment: bool | None | Unset
        if isinstance(self.is_pending_assignment, Unset):
            is_pending_assignment = UNSET
        else:
            is_pending_assignment = self.is_pending_assignment

        leave_id: None | str | Unset
        if isinstance(self.leave_id, Unset):
            leave_id = UNSET
        else:
            leave_id = self.leave_id

        signature_status: None | str | Unset
        if isinstance(self.signature_status, Unset):
            signature_status = UNSET
        elif isinstance(self.signature_status, DocumentsDocumentSignatureStatus):
            signature_status = self.signature_status.value
        else:
            signature_status = self.signature_status

        signees: list[str] | None | Unset
        if isinstance(self.signees, Unset):
            signees = UNSET
        elif isinstance(self.signees, list):
            signees = self.signees

        else:
            signees = self.signees

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "filename": filename,
                "id": id,
                "public": public,
                "space": space,
                "updated_at": updated_at,
            }
        )
        if author_id is not UNSET:
            field_dict["author_id"] = author_id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if extension is not UNSET:
            field_dict["extension"] = extension
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if is_company_document is not UNSET:
            field_dict["is_company_document"] = is_company_document
        if is_management_document is not UNSET:
            field_dict["is_management_document"] = is_management_document
        if is_pending_assignment is not UNSET:
            field_dict["is_pending_assignment"] = is_pending_assignment
        if leave_id is not UNSET:
            field_dict["leave_id"] = leave_id
        if signature_status is not UNSET:
            field_dict["signature_status"] = signature_status
        if signees is not UNSET:
            field_dict["signees"] = signees
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(pop_required(d, "created_at", cls))

        def _parse_filename(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        filename = _parse_filename(pop_required(d, "filename", cls))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_public(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        public = _parse_public(pop_required(d, "public", cls))

        def _parse_space(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        space = _parse_space(pop_required(d, "space", cls))

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(pop_required(d, "updated_at", cls))

        def _parse_author_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_id = _parse_author_id(d.pop("author_id", UNSET))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))

        def _parse_employee_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

        def _parse_extension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extension = _parse_extension(d.pop("extension", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.pop("file_size", UNSET))

        def _parse_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_is_company_document(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_company_document = _parse_is_company_document(d.pop("is_company_document", UNSET))

        def _parse_is_management_document(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_management_document = _parse_is_management_document(d.pop("is_management_document", UNSET))

        def _parse_is_pending_assignment(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_pending_assignment = _parse_is_pending_assignment(d.pop("is_pending_assignment", UNSET))

        def _parse_leave_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        leave_id = _parse_leave_id(d.pop("leave_id", UNSET))

        def _parse_signature_status(data: object) -> DocumentsDocumentSignatureStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signature_status_type_1 = DocumentsDocumentSignatureStatus(data)

                return signature_status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentsDocumentSignatureStatus | None | Unset, data)

        signature_status = _parse_signature_status(d.pop("signature_status", UNSET))

        def _parse_signees(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signees_type_0 = cast(list[str], data)

                return signees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        signees = _parse_signees(d.pop("signees", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        documents_document = cls(
            created_at=created_at,
            filename=filename,
            id=id,
            public=public,
            space=space,
            updated_at=updated_at,
            author_id=author_id,
            company_id=company_id,
            content_type=content_type,
            employee_id=employee_id,
            extension=extension,
            file_size=file_size,
            folder_id=folder_id,
            is_company_document=is_company_document,
            is_management_document=is_management_document,
            is_pending_assignment=is_pending_assignment,
            leave_id=leave_id,
            signature_status=signature_status,
            signees=signees,
            deleted_at=deleted_at,
        )

        documents_document.additional_properties = d
        return documents_document

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
