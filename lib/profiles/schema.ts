import { z } from "zod";

const CHOOSE_A_PICTURE = "Choose a picture to upload.";

/** The picture form: one non-empty file (what it holds is checked when it is processed). */
export const avatarSchema = z.object({
  avatar: z.instanceof(File, { error: CHOOSE_A_PICTURE }).refine((file) => file.size > 0, CHOOSE_A_PICTURE),
});

export function avatarFormFile(formData: FormData): { avatar: unknown } {
  return { avatar: formData.get("avatar") };
}
