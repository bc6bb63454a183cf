"""Sites that stored files in Wagtail's own document model keep them: same ids (document
blocks and links refer to them by id), same files, tags and collections."""

from django.db import migrations


def copy_documents(apps, schema_editor):
    old_model = apps.get_model("wagtaildocs", "Document")
    new_model = apps.get_model("documents", "KennispuntDocument")
    content_type = apps.get_model("contenttypes", "ContentType")
    tagged_item = apps.get_model("taggit", "TaggedItem")
    copied = []
    for old in old_model.objects.all():
        new_model.objects.create(
            id=old.id,
            title=old.title,
            file=old.file.name,
            created_at=old.created_at,
            uploaded_by_user_id=old.uploaded_by_user_id,
            collection_id=old.collection_id,
            file_size=old.file_size,
            file_hash=old.file_hash,
        )
        copied.append(old.id)
    if not copied:
        return
    old_type = content_type.objects.filter(app_label="wagtaildocs", model="document").first()
    new_type, _ = content_type.objects.get_or_create(
        app_label="documents", model="kennispuntdocument"
    )
    if old_type is not None:
        for item in tagged_item.objects.filter(content_type=old_type, object_id__in=copied):
            tagged_item.objects.create(
                tag_id=item.tag_id, content_type=new_type, object_id=item.object_id
            )
    if schema_editor.connection.vendor == "postgresql":
        table = new_model._meta.db_table
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT MAX(id) FROM {table}))"
            )


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0001_initial"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(copy_documents, migrations.RunPython.noop)]
