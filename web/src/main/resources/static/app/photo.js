// Photos from the phone's camera are several megabytes; on a poor network the team waits for every one.
// A copy at most 1600 pixels wide, in JPEG, is plenty for a teacher to judge and weighs a few hundred KB.

const LONGEST_SIDE = 1600;
const QUALITY = 0.8;
/** The server refuses larger bodies. */
export const MAX_BYTES = 5 * 1024 * 1024;

export async function shrink(file) {
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', QUALITY));
    if (blob && blob.size < file.size) return blob;
  } catch {
    // A format the browser cannot draw: send the file as it is if the server takes it.
  }
  return file;
}
